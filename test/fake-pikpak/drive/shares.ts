import { createHmac } from 'node:crypto';
import type { FakeState } from '../state.ts';
import { isDescendantOf } from './files.ts';
import type { DriveFile, Share, ShareStatus } from './types.ts';

/**
 * Share access rules (pikpak-api.md §8). Business failures are HTTP 200 with a `share_status`.
 * `pass_code_token` is standard base64 (with `/`, `+`, `=`) so clients must URL-encode it, as SDL
 * warns; it is returned for shares without a code too (PPA#27).
 */

// PROHIBITED text measured by SDL. Guess: the other texts.
export const STATUS_TEXT: Record<ShareStatus, string> = {
  OK: '',
  PASS_CODE_EMPTY: 'Please enter the extraction code',
  PASS_CODE_ERROR: 'The extraction code is incorrect',
  PROHIBITED: '抱歉，分享功能在当前地区不可用',
  NOT_FOUND: 'The share does not exist',
  EXPIRED: 'The share has expired',
  SENSITIVE_RESOURCE: 'The shared content contains sensitive resources',
};

export function passCodeToken(state: FakeState, share: Share): string {
  return createHmac('sha256', state.secret).update(`share:${share.id}:${share.passCode}`).digest('base64');
}

/** Status of opening a share with a pass code (GET /share). */
export function statusWithPassCode(share: Share | undefined, passCode: string): ShareStatus {
  if (!share) return 'NOT_FOUND';
  if (share.status !== 'OK') return share.status;
  if (!share.passCode) return 'OK';
  if (!passCode) return 'PASS_CODE_EMPTY';
  return passCode === share.passCode ? 'OK' : 'PASS_CODE_ERROR';
}

/** Status of a follow-up call that presents the pass_code_token (detail, file_info, restore). */
export function statusWithToken(state: FakeState, share: Share | undefined, token: string): ShareStatus {
  if (!share) return 'NOT_FOUND';
  if (share.status !== 'OK') return share.status;
  if (!share.passCode) return 'OK';
  if (!token) return 'PASS_CODE_EMPTY';
  return token === passCodeToken(state, share) ? 'OK' : 'PASS_CODE_ERROR';
}

/** Share roots, or the children of a folder inside the share (never outside it). */
export function shareListing(state: FakeState, share: Share, parentId: string): DriveFile[] | undefined {
  if (!parentId) {
    return share.fileIds.map((id) => state.files.get(id)).filter((f): f is DriveFile => f !== undefined && !f.trashed);
  }
  const parent = state.files.get(parentId);
  if (!parent || parent.kind !== 'drive#folder' || !isInShare(state, share, parent)) return undefined;
  return [...state.files.values()]
    .filter((f) => f.parentId === parentId && !f.trashed)
    .sort(
      (a, b) =>
        Number(b.kind === 'drive#folder') - Number(a.kind === 'drive#folder') ||
        a.name.localeCompare(b.name, 'en', { numeric: true }),
    );
}

export function isInShare(state: FakeState, share: Share, file: DriveFile): boolean {
  if (file.userId !== share.ownerSub || file.trashed) return false;
  return share.fileIds.includes(file.id) || share.fileIds.some((root) => isDescendantOf(state, file, root));
}

/** Masks a nickname the way the measured sample looks (`1hlt**d2q6`). */
export function maskNickname(name: string): string {
  if (name.length <= 2) return `${name}**`;
  const keep = Math.max(1, Math.floor(name.length / 3));
  return `${name.slice(0, keep)}**${name.slice(-keep)}`;
}

/** Share endpoints: `/drive/v1/share` and everything under it. */
export function isSharePath(path: string): boolean {
  return path === '/drive/v1/share' || path.startsWith('/drive/v1/share/');
}
