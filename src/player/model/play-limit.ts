import type { PlayLimit } from '../../shared/file-transfer.ts';

/**
 * Whether playback of a shared video stopped where PikPak's limit on playing it unsaved would stop it
 * (`anonymous_play_seconds` / `anonymous_play_range`, pikpak-api.md §8.3). The limit comes with every shared file
 * and is known to hold in the web app only, so the page says so only on evidence: playback ended or failed well
 * before the end, near one of the limit's points. Pure.
 */

/** How near the end counts as the end: the last seconds of a file are often cut short anyway. */
const END_MARGIN_S = 5;

/** How near a limit point counts as stopping there: a byte limit lands only roughly on the same time. */
function nearness(durationSeconds: number): number {
  return Math.max(15, durationSeconds * 0.1);
}

export function stoppedAtLimit(limit: PlayLimit | undefined, at: number, durationSeconds: number | undefined): boolean {
  if (limit === undefined || durationSeconds === undefined || !Number.isFinite(durationSeconds)) return false;
  if (!(at > 0) || at >= durationSeconds - END_MARGIN_S) return false;
  const points = [limit.seconds, limit.fraction === undefined ? undefined : limit.fraction * durationSeconds];
  return points.some((point) => point !== undefined && Math.abs(at - point) <= nearness(durationSeconds));
}
