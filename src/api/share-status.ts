import type { ErrorKind } from '../shared/errors.ts';
import type { ShareStatus } from '../shared/shares.ts';

/**
 * PikPak's `share_status` (HTTP 200 business answers of the share endpoints, pikpak-api.md §8.1, §9.15) in the
 * extension's words, and the error kind a share that cannot be read is reported with. The list of values is not
 * known in full (§11.2): `CANCELLED` comes from the web bundle, `CANCEL`, `BANNED` and `DELETED` from link checkers;
 * anything else is `unknown` and keeps PikPak's own text.
 */
const STATUSES: Readonly<Record<string, ShareStatus>> = {
  OK: 'ok',
  PASS_CODE_EMPTY: 'pass-code-needed',
  PASS_CODE_ERROR: 'pass-code-wrong',
  EXPIRED: 'expired',
  CANCELLED: 'deleted',
  CANCEL: 'deleted',
  DELETED: 'deleted',
  NOT_FOUND: 'deleted',
  PROHIBITED: 'prohibited',
  SENSITIVE_RESOURCE: 'sensitive',
  BANNED: 'sensitive',
};

export function shareStatusOf(wire: string): ShareStatus {
  return STATUSES[wire.trim().toUpperCase()] ?? 'unknown';
}

/** Why a share cannot be read, as the kind pages branch on; undefined for `ok`. */
export function shareStatusKind(status: ShareStatus): ErrorKind | undefined {
  switch (status) {
    case 'ok':
      return undefined;
    case 'pass-code-needed':
    case 'pass-code-wrong':
      return 'share-pass-code';
    case 'prohibited':
      // Mainland-China addresses (§9.4); PikPak's Chinese sentence is kept beside the kind.
      return 'region-blocked';
    case 'sensitive':
      return 'share-sensitive';
    case 'expired':
    case 'deleted':
    case 'unknown':
      return 'share-unavailable';
  }
}
