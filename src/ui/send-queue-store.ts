import { computed, type ReadonlySignal } from '@preact/signals';
import { EMPTY_SEND_QUEUE, queueEntries, type QueueEntry, type SendQueueState } from '../shared/send-queue.ts';
import { storedSignal, type StoredSource } from './stored-signal.ts';

export interface SendQueueStore {
  /** The valid entries; `undefined` until the first read returns. */
  entries: ReadonlySignal<QueueEntry[] | undefined>;
  /** Renders from storage and follows its changes. Returns the function that stops following. */
  start: () => () => void;
}

/** The send queue (written by the background only) as a signal for one page; a failed read shows it empty. */
export function createSendQueueStore(source: StoredSource<SendQueueState>): SendQueueStore {
  const state = storedSignal(source, { what: 'the send queue', onReadError: EMPTY_SEND_QUEUE });
  const entries = computed(() => (state.value.value === undefined ? undefined : queueEntries(state.value.value)));
  return { entries, start: state.start };
}
