import { defineItem, isRecord } from './storage.ts';

/**
 * The captcha token of a human check the extension opened (src/shared/human-check.ts decides which arrivals are
 * taken), stored by the background for the password form on the options page. Apart from human-check.ts so pages
 * load only the item, not the background's matching rules.
 */
export interface VerifiedCaptcha {
  token: string;
  at: number;
}

/** `ck0.` and printable ASCII without spaces, at most 4 KB (PikPak's are a few hundred characters). */
export function isCaptchaTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4096 && /^ck0\.[\x21-\x7e]+$/.test(value);
}

export const verifiedCaptcha = defineItem<VerifiedCaptcha | null>(
  'session',
  'verifiedCaptcha',
  null,
  (value): value is VerifiedCaptcha | null =>
    value === null || (isRecord(value) && isCaptchaTokenShaped(value.token) && typeof value.at === 'number'),
);
