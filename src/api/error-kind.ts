import type { ErrorKind } from '../shared/errors.ts';
import { shareStatusKind, shareStatusOf } from './share-status.ts';

/**
 * Which kind an answer of PikPak's is. Codes are overloaded (9 = captcha_invalid, risk_limited,
 * file_rename_uncompleted, file_move_or_copy_to_cur; 3 = invalid_argument, file_duplicated_name,
 * file_rename_to_same_name; 4126 = dead refresh token and "AccessProhibited"; 8 = file_space_not_enough and gRPC
 * RESOURCE_EXHAUSTED), so rows match the `error` string first and a bare code only where the code means one thing
 * (pikpak-api.md §3.6, §9.10, §12).
 */
export interface AnswerFacts {
  status: number;
  /** PikPak's `error`, lower-cased; "" when absent. */
  error: string;
  code: number | undefined;
  /** Description, localized message and details joined; may be in any language. */
  description: string;
  /** `METHOD /path`. */
  endpoint: string;
}

/** The decision table; the order matters where one answer could match two rows. */
export function errorKind({ status, error, code, description, endpoint }: AnswerFacts): ErrorKind {
  // "Too frequent": code 10 on the drive host whatever the language of its text (OpenList reads only the code,
  // §12), `aborted`, and captcha_invalid 4002 with "Aborted - … too frequent" on the user host. All must beat the
  // captcha rows (§3.6, PPA#48, nianzhibai#58, AP).
  if (code === 10 || error === 'aborted' || /too frequent|频繁/i.test(description)) return 'too-frequent';
  if (error === 'captcha_invalid' || error === 'captcha_required') return 'captcha-needed';
  // risk_limited (9, HTTP 403): pikpaktui remakes the captcha token and retries (§12); its test fixture spells it
  // `riskLimited`, so both spellings count.
  if (error.replaceAll('_', '') === 'risklimited') return 'captcha-needed';
  // Captcha init refusing the sign itself: invalid_argument 3 "invalid captcha_sign", not captcha_invalid (§12,
  // alist PR#8278). The captcha manager tries the next signing profile on this kind.
  if (error === 'invalid_argument' && /captcha_sign/i.test(description)) return 'captcha-needed';
  if (error === 'invalid_grant') {
    // 4126 at sign-in is "AccessProhibited" for datacenter/blocked networks; elsewhere it is a dead refresh
    // token (§3.1, §3.2, nianzhibai#87).
    return /accessprohibited/i.test(description) || endpoint.endsWith('/v1/auth/signin')
      ? 'region-blocked'
      : 'signed-out';
  }
  // A dead access token: unauthenticated 16 (§3.3), and 4121/4122, on which OpenList and the Xunlei drivers
  // (same account service) refresh too (§12; no body of theirs is public, so the code alone decides).
  if (error === 'unauthenticated' || code === 16 || code === 4121 || code === 4122 || status === 401)
    return 'signed-out';
  if (error === 'invalid_account_or_password' || /password/.test(error)) return 'bad-credentials';
  if (error.startsWith('task_daily_create_limit')) return 'daily-task-limit';
  if (error === 'task_run_nums_limit') return 'too-many-running';
  if (error === 'file_space_not_enough') return 'storage-full';
  const fileKind = FILE_ERRORS.get(error);
  if (fileKind) return fileKind;
  if (error.endsWith('not_found') || status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (error === 'invalid_argument' || status === 400) return 'bad-request';
  return 'unknown';
}

/** Refusals of one file operation, each with its own sentence (§3.6, §12; descriptions quoted by rclone). */
const FILE_ERRORS: ReadonlyMap<string, ErrorKind> = new Map([
  // 3, "File name cannot be repeated": rename into a name the folder already has.
  ['file_duplicated_name', 'name-conflict'],
  // 3, "Name of file or folder is not changed".
  ['file_rename_to_same_name', 'same-name'],
  // 9, "Please don't move or copy to current folder or sub folder".
  ['file_move_or_copy_to_cur', 'invalid-destination'],
  // Restoring (saving) a share of one's own (pikpaktui); its files are in the drive already.
  ['file_restore_own', 'own-share'],
  // 9, "Renaming uncompleted file or folder is not supported": right after a move or copy; rclone retries it.
  ['file_rename_uncompleted', 'file-busy'],
]);

/** §8.1: share endpoints answer HTTP 200 with a `share_status` other than OK (./share-status.ts). */
export function shareKind(shareStatus: string): ErrorKind {
  return shareStatusKind(shareStatusOf(shareStatus)) ?? 'share-unavailable';
}
