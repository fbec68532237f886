import type { SendQueueState } from '../../shared/send-queue.ts';
import { tidy } from './policy.ts';
import type { Draft } from './types.ts';

/** A change to the queue: applied to the draft in place (see ./attempt-transitions.ts, ./edit-transitions.ts). */
export type Change<T> = (draft: Draft, at: number) => T;

export interface GroupCommitDeps {
  /** The stored queue. */
  read(): Promise<SendQueueState>;
  write(state: SendQueueState): Promise<void>;
  now(): number;
  /** Before a write that changes the queue, with what is about to be stored (to arm an earlier wake-up first). */
  beforeWrite(state: SendQueueState, at: number): Promise<void>;
  /** After every batch, whether it wrote or not, with the queue as stored now. */
  afterBatch(state: SendQueueState, at: number): Promise<void>;
}

interface Waiting {
  change: Change<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Applies changes to the stored queue: read, change, tidy, write (one `set`). Changes are applied one at a time,
 * in order, so concurrent lanes never overwrite each other; changes that arrive while a write is on its way are
 * applied together and stored with the next single write (group commit): with a thousand entries stored, a write
 * per change would make the storage round trips, not PikPak, the limit. Each caller resumes only once the write
 * that holds its change has landed. A change that throws leaves the queue as it found it and rejects its caller.
 */
export function createGroupCommit(deps: GroupCommitDeps): <T>(change: Change<T>) => Promise<T> {
  let waiting: Waiting[] = [];
  let flushing: Promise<void> | undefined;

  async function flush(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const read = await deps.read();
        const at = deps.now();
        const draft: Draft = { ...read, entries: read.entries };
        let changed = false;
        const outcomes: { waiting: Waiting; result?: unknown; error?: unknown; failed: boolean }[] = [];
        for (const change of batch) {
          // A copy: a change may add to the entries in place before it throws.
          const before = { ...stateOf(draft), entries: [...draft.entries] };
          draft.unchanged = false;
          try {
            const result = change.change(draft, at);
            if (!draft.unchanged) changed = true;
            outcomes.push({ waiting: change, result, failed: false });
          } catch (error) {
            Object.assign(draft, { dailyLimitSince: undefined, createsHeldUntil: undefined }, before);
            outcomes.push({ waiting: change, error, failed: true });
          }
        }
        let stored = stateOf(draft);
        if (changed) {
          stored = tidy(stored, at);
          await deps.beforeWrite(stored, at);
          await deps.write(stored);
        }
        await deps.afterBatch(stored, at);
        for (const outcome of outcomes) {
          if (outcome.failed) outcome.waiting.reject(outcome.error);
          else outcome.waiting.resolve(outcome.result);
        }
      } catch (error) {
        for (const change of batch) change.reject(error);
      }
    }
    flushing = undefined;
  }

  return <T>(change: Change<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ change, resolve: resolve as (result: unknown) => void, reject });
      if (!flushing) flushing = flush();
    });
}

/** The draft as a state to store: no `unchanged` flag, no absent marks. */
function stateOf(draft: Draft): SendQueueState {
  return {
    entries: draft.entries,
    ...(draft.dailyLimitSince === undefined ? {} : { dailyLimitSince: draft.dailyLimitSince }),
    ...(draft.createsHeldUntil === undefined ? {} : { createsHeldUntil: draft.createsHeldUntil }),
  };
}
