import type { ErrorKind } from '../../shared/errors.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import type { ShareStatus, ShareSummary } from '../../shared/shares.ts';

/** Why a share cannot be read, as the page says it: a sentence, PikPak's own words, and what to do about it. */
export interface ShareProblemText {
  sentence: string;
  /** PikPak's text for a status the extension has no sentence of its own for. */
  pikpakSays?: string;
  /** The way out, when there is one the user can take (a proxy or VPN for a region block). */
  help?: string;
}

const STATUS_SENTENCES: Record<Exclude<ShareStatus, 'ok'>, MessageKey> = {
  'pass-code-needed': 'sharesPassCodeNeeded',
  'pass-code-wrong': 'sharesPassCodeWrong',
  expired: 'sharesStatusExpired',
  deleted: 'sharesStatusDeleted',
  prohibited: 'sharesStatusProhibited',
  sensitive: 'sharesStatusSensitive',
  unknown: 'sharesStatusUnknown',
};

/** The sentence for a share's status (none for ok). */
export function statusProblem(summary: Pick<ShareSummary, 'status' | 'statusText'>): ShareProblemText | undefined {
  if (summary.status === 'ok') return undefined;
  const text: ShareProblemText = { sentence: t(STATUS_SENTENCES[summary.status]) };
  if (summary.status === 'prohibited') text.help = t('sharesRegionHelp');
  if (summary.status === 'unknown' && summary.statusText)
    text.pikpakSays = t('sharesStatusPikPakSays', summary.statusText);
  return text;
}

/** The sentence for a share request's error kind, when it is about the share (else undefined: the usual notice). */
export function kindProblem(kind: ErrorKind): ShareProblemText | undefined {
  if (kind === 'share-pass-code') return { sentence: t('sharesPassCodeNeeded') };
  if (kind === 'region-blocked') return { sentence: t('sharesStatusProhibited'), help: t('sharesRegionHelp') };
  if (kind === 'share-sensitive') return { sentence: t('sharesStatusSensitive') };
  return kind === 'share-unavailable' ? { sentence: t('sharesStatusDeleted') } : undefined;
}
