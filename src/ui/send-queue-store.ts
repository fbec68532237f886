import { signal, type ReadonlySignal } from '@preact/signals';
import { queueEntries, type QueueEntry, type SendQueueState } from '../shared/send-queue.ts';
import { followStored } from './follow-stored.ts';

export interface SendQueueStoreDeps {
  /** Reads the stored queue. */
  read: () => Promise<SendQueueState>;
  /** Calls back with each new stored queue until `signal` aborts. */
  watch: (callback: (state: SendQueueState) => void, signal: AbortSignal) => void;
}

export interface SendQueueStore {
  /** The valid entries; `undefined` until the first read returns. */
  entries: ReadonlySignal<QueueEntry[] | undefined>;
  /** Renders from storage and follows its changes. Returns the function that stops following. */
  start: () => () => void;
}

/** The send queue (written by the background only) as a signal for one page. */
export function createSendQueueStore(deps: SendQueueStoreDeps): SendQueueStore {
  const entries = signal<QueueEntry[] | undefined>(undefined);

  function start() {
    const stop = new AbortController();
    followStored({
      read: deps.read,
      watch: deps.watch,
      set: (state) => (entries.value = queueEntries(state)),
      onReadError: () => (entries.value = []),
      signal: stop.signal,
      what: 'the send queue',
    });
    return () => stop.abort();
  }

  return { entries, start };
}
