/** When the task monitor polls next (pure; ./monitor.ts keeps the timer and the alarm). */

/** Poll cadence while a page watches. */
export const WATCH_INTERVAL_MS = 3_000;
/** … but at least once a minute while watched, whatever `expires_in` says. */
const WATCH_MAX_INTERVAL_MS = 60_000;
/** Poll cadence on the alarm while tasks run and nothing watches. */
export const BACKGROUND_INTERVAL_MS = 30_000;
const BACKGROUND_MAX_INTERVAL_MS = 5 * 60_000;
/** Back-off after failed polls: 1, 2, 4 … 15 minutes. */
const ERROR_BACKOFF_MS = 60_000;
const ERROR_BACKOFF_MAX_MS = 15 * 60_000;

export interface PollSituation {
  /** A page shows the tasks. */
  watched: boolean;
  /** Tasks are pending or running. */
  moving: boolean;
  /** A list was stored (a failed first poll stores none). */
  hasSnapshot: boolean;
  /** Polls that failed in a row. */
  failures: number;
  /** PikPak's `expires_in` of the last list, seconds. */
  expiresIn: number | undefined;
}

/**
 * The next polls, as delays from now: on a timer while watched (`timerMs`), on the alarm while tasks move or a
 * watched page waits for a failed poll to be retried (`alarmMs`); neither when idle. Never faster than PikPak's
 * `expires_in` says the list stays good; failures back off.
 */
export function nextPolls(situation: PollSituation): { timerMs?: number; alarmMs?: number } {
  const { watched, moving, hasSnapshot, failures, expiresIn } = situation;
  const hintMs = expiresIn !== undefined && expiresIn > 0 ? expiresIn * 1000 : 0;
  const backoff = failures > 0 ? Math.min(ERROR_BACKOFF_MAX_MS, ERROR_BACKOFF_MS * 2 ** (failures - 1)) : 0;
  const timerMs = !watched
    ? undefined
    : failures > 0
      ? Math.min(backoff, WATCH_MAX_INTERVAL_MS)
      : Math.min(WATCH_MAX_INTERVAL_MS, Math.max(WATCH_INTERVAL_MS, hintMs));
  const alarmMs = !(moving || (failures > 0 && hasSnapshot && watched))
    ? undefined
    : failures > 0
      ? Math.max(BACKGROUND_INTERVAL_MS, backoff)
      : Math.min(BACKGROUND_MAX_INTERVAL_MS, Math.max(BACKGROUND_INTERVAL_MS, hintMs));
  return { ...(timerMs === undefined ? {} : { timerMs }), ...(alarmMs === undefined ? {} : { alarmMs }) };
}
