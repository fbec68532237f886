import type { PikPakClient } from '../../api/client.ts';
import { openShare, shareFailure } from '../../api/endpoints/shares.ts';
import { shareStatusKind } from '../../api/share-status.ts';
import { RequestError } from '../../shared/messages.ts';
import { sharePassCodesItem, type ShareStatus } from '../../shared/shares.ts';

/**
 * Reading into a share needs its `pass_code_token` (pikpak-api.md §8.1), which opening the share with its pass code
 * answers. Tokens are kept in memory per share for the worker's life: a restarted worker opens the share again with
 * the code remembered in `sharePassCodes` (one request), so no share secret sits in storage beyond the code the user
 * gave. On PASS_CODE_EMPTY / PASS_CODE_ERROR (a stale token, a changed code) the share is opened again with the
 * remembered code and the call repeated once, as OpenList's pikpak_share does (§8.2).
 */
const tokens = new Map<string, string>();
const opening = new Map<string, Promise<string>>();
/** Shares PikPak called the user's own (`file_restore_own`): it does not say so when they are opened. */
const ownShares = new Set<string>();

export function rememberShareToken(shareId: string, token: string): void {
  tokens.set(shareId, token);
}

export function forgetShareAccess(shareId: string): void {
  tokens.delete(shareId);
  ownShares.delete(shareId);
}

export function markOwnShare(shareId: string): void {
  ownShares.add(shareId);
}

export function isKnownOwnShare(shareId: string): boolean {
  return ownShares.has(shareId);
}

/** The error a share that cannot be read is reported with: its kind, and PikPak's own sentence when it gave one. */
export function shareStatusError(shareId: string, status: ShareStatus, statusText?: string): RequestError {
  const kind = shareStatusKind(status) ?? 'share-unavailable';
  return new RequestError(kind, statusText || `Share ${shareId} cannot be read: ${status}`);
}

/** A share failure (HTTP 200 `share_status`) as the RequestError pages get; any other error as it is. */
export function asShareError(shareId: string, error: unknown): unknown {
  const failed = shareFailure(error);
  return failed === undefined ? error : shareStatusError(shareId, failed.status, failed.statusText);
}

/** Opens the share with the remembered code for a fresh token; one opening per share at a time. */
function reopen(client: PikPakClient, shareId: string): Promise<string> {
  const running = opening.get(shareId);
  if (running !== undefined) return running;
  const started = (async () => {
    const passCode = (await sharePassCodesItem.get())[shareId] ?? '';
    const opened = await openShare(client, { shareId, passCode, limit: 1 });
    if (opened.status !== 'ok') throw shareStatusError(shareId, opened.status, opened.statusText);
    tokens.set(shareId, opened.passCodeToken);
    return opened.passCodeToken;
  })().finally(() => opening.delete(shareId));
  opening.set(shareId, started);
  return started;
}

/**
 * Runs a share read (or restore) with the share's pass-code token. A token kept from earlier that PikPak refuses
 * (PASS_CODE_*) is replaced by opening the share again, and `run` repeated once. Share failures reject as
 * RequestErrors of the share kinds (`share-pass-code`, `share-unavailable`, `share-sensitive`, `region-blocked`).
 */
export async function withShareToken<T>(
  client: PikPakClient,
  shareId: string,
  run: (passCodeToken: string) => Promise<T>,
): Promise<T> {
  const kept = tokens.get(shareId);
  try {
    try {
      return await run(kept ?? (await reopen(client, shareId)));
    } catch (error) {
      const status = shareFailure(error)?.status;
      if (kept === undefined || (status !== 'pass-code-needed' && status !== 'pass-code-wrong')) throw error;
      if (tokens.get(shareId) === kept) tokens.delete(shareId);
      return await run(tokens.get(shareId) ?? (await reopen(client, shareId)));
    }
  } catch (error) {
    throw asShareError(shareId, error);
  }
}
