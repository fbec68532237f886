import type { ResponseOf } from '../shared/messages.ts';
import type { Destination } from '../shared/send-queue.ts';

/** One link as `send.enqueue` takes it. */
export interface SendLink {
  url: string;
  key: string;
  displayName: string;
}

export type EnqueueAnswer = ResponseOf<'send.enqueue'>;

/** What the popup's send controls do; main.tsx wires them to the background, tests pass their own. */
export interface SendActions {
  enqueue: (links: SendLink[], destination: Destination) => Promise<EnqueueAnswer>;
  retry: (id: string) => Promise<void>;
  retryAllFailed: () => Promise<void>;
  dismiss: (id: string) => Promise<void>;
}
