import type { ResponseOf } from '../shared/messages.ts';
import type { Destination } from '../shared/destination.ts';
import type { LinkToSend } from '../shared/link-to-send.ts';

export type EnqueueAnswer = ResponseOf<'send.enqueue'>;

/** What the popup's send controls do; main.tsx wires them to the background, tests pass their own. */
export interface SendActions {
  enqueue: (links: LinkToSend[], destination: Destination) => Promise<EnqueueAnswer>;
  retry: (id: string) => Promise<void>;
  retryAllFailed: () => Promise<void>;
  dismiss: (id: string) => Promise<void>;
}
