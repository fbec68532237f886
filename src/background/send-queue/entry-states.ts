import type { HeldReason, QueueEntry } from '../../shared/send-queue.ts';

/** How one entry moves between states (pure; ./attempt-transitions.ts and ./edit-transitions.ts use them). */

/** Waiting to be sent: pending, being sent, or held. */
export const isWaiting = (entry: QueueEntry): boolean =>
  entry.state === 'pending' || entry.state === 'sending' || entry.state === 'held';

export function replace(entries: readonly QueueEntry[], entry: QueueEntry): QueueEntry[] {
  return entries.map((e) => (e.id === entry.id ? entry : e));
}

export function withoutHold(entry: QueueEntry): QueueEntry {
  const copy = { ...entry };
  delete copy.heldReason;
  return copy;
}

export function toPending(entry: QueueEntry, at: number): QueueEntry {
  return { ...withoutHold(entry), state: 'pending', nextAttemptAt: at, updatedAt: at };
}

/** Held for `reason` until `until` (absent: until an event lifts the hold). */
export function toHeld(entry: QueueEntry, reason: HeldReason, until: number | undefined, at: number): QueueEntry {
  const rest = { ...entry };
  delete rest.nextAttemptAt;
  return {
    ...rest,
    state: 'held',
    heldReason: reason,
    ...(until === undefined ? {} : { nextAttemptAt: until }),
    updatedAt: at,
  };
}

/** The pause new links join: session first, then captcha, then the daily limit. */
export function currentHold(
  entries: readonly QueueEntry[],
): { reason: HeldReason; until: number | undefined } | undefined {
  for (const reason of ['session', 'captcha', 'daily-limit'] as const) {
    const held = entries.filter((e) => e.state === 'held' && e.heldReason === reason);
    if (held.length === 0) continue;
    const times = held.flatMap((e) => (e.nextAttemptAt === undefined ? [] : [e.nextAttemptAt]));
    return { reason, until: times.length === 0 ? undefined : Math.max(...times) };
  }
  return undefined;
}
