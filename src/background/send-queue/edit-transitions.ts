import type { Destination } from '../../shared/destination.ts';
import type { HeldReason, QueueEntry } from '../../shared/send-queue.ts';
import { currentHold, isWaiting, toHeld, toPending } from './entry-states.ts';
import type { Draft, EnqueueLink, EnqueueResult } from './types.ts';

/**
 * What callers do to the queue (add links, lift holds, retry, dismiss) as state transitions: pure functions that
 * change a draft of the queue (./group-commit.ts stores it). Each marks the draft `unchanged` when it did nothing.
 */

export interface AddedLinks extends EnqueueResult {
  /** Something became due: processing should start. */
  wake: boolean;
}

/**
 * Adds the links as pending entries (or into the hold the queue is in), skipping keys already waiting. `signedIn`:
 * a session exists now, so a session hold is lifted.
 */
export function addLinks(
  draft: Draft,
  links: readonly EnqueueLink[],
  destination: Destination,
  at: number,
  options: { signedIn: boolean; newId: () => string },
): AddedLinks {
  const result: AddedLinks = { added: [], alreadyQueued: [], rejected: [], wake: false };
  if (options.signedIn && draft.entries.some((e) => e.state === 'held' && e.heldReason === 'session')) {
    draft.entries = draft.entries.map((e) => (e.state === 'held' && e.heldReason === 'session' ? toPending(e, at) : e));
    result.wake = true;
  }
  const active = new Map<string, QueueEntry>();
  for (const e of draft.entries) if (isWaiting(e)) active.set(e.key, e);
  const hold = currentHold(draft.entries);
  for (const link of links) {
    const url = link.url.trim();
    if (!url) {
      result.rejected.push(link);
      continue;
    }
    const key = link.key ?? url;
    const existing = active.get(key);
    if (existing) {
      result.alreadyQueued.push(existing);
      continue;
    }
    // A failed entry of the same key is replaced; if an attempt of it may have reached PikPak, the new one
    // inherits that doubt (and looks in the task list first).
    const replaced = draft.entries.filter((e) => e.state === 'failed' && e.key === key);
    const unsure = replaced.flatMap((e) => (e.unsureSince === undefined ? [] : [e.unsureSince]));
    if (replaced.length > 0) draft.entries = draft.entries.filter((e) => !replaced.includes(e));
    const fresh: QueueEntry = {
      id: options.newId(),
      url,
      key,
      displayName: link.displayName?.trim() || url,
      destination:
        destination.kind === 'folder'
          ? { kind: 'folder', id: destination.id, name: destination.name }
          : { kind: 'my-pack' },
      state: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
      ...(unsure.length > 0 ? { unsureSince: Math.min(...unsure) } : {}),
    };
    // While the queue is held, new links join the hold instead of meeting the same refusal.
    const entry = hold ? toHeld(fresh, hold.reason, hold.until, at) : fresh;
    draft.entries.push(entry);
    active.set(key, entry);
    result.added.push(entry);
    if (!hold) result.wake = true;
  }
  draft.unchanged = result.added.length === 0 && !result.wake;
  return result;
}

/** Held entries (of one reason, or all) go back to pending now; returns how many. */
export function resumeHeld(draft: Draft, reason: HeldReason | undefined, at: number): number {
  let n = 0;
  draft.entries = draft.entries.map((e) => {
    if (e.state !== 'held' || (reason !== undefined && e.heldReason !== reason)) return e;
    n++;
    return toPending(e, at);
  });
  draft.unchanged = n === 0;
  return n;
}

/** Selected failed or held entries go back to pending now (a failed one with a fresh count of attempts). */
export function retryEntries(draft: Draft, select: (e: QueueEntry) => boolean, at: number): number {
  let n = 0;
  draft.entries = draft.entries.map((e) => {
    if (!select(e) || (e.state !== 'failed' && e.state !== 'held')) return e;
    n++;
    return { ...toPending(e, at), attempts: e.state === 'failed' ? 0 : e.attempts };
  });
  draft.unchanged = n === 0;
  return n;
}

/** Removes an entry unless it is being sent right now; whether it did. */
export function dismissEntry(draft: Draft, id: string): boolean {
  const before = draft.entries.length;
  draft.entries = draft.entries.filter((e) => e.id !== id || e.state === 'sending');
  draft.unchanged = draft.entries.length === before;
  return !draft.unchanged;
}
