import type { Runtime } from 'webextension-polyfill';
import {
  isRequestMessage,
  type Protocol,
  type RequestName,
  type RequestOf,
  type ResponseEnvelope,
  type ResponseOf,
} from '../shared/messages.ts';

export type Handler<N extends RequestName> = (
  payload: RequestOf<N>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<N>>;

/** One handler per request name; a missing handler is a compile error. */
export type Handlers = { [N in keyof Protocol]: Handler<N> };

/** Requests a content script on a PikPak page may make. Everything else is for extension pages only. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestName> = new Set<RequestName>();

/**
 * Builds the single `runtime.onMessage` listener. It refuses other extensions, refuses requests from tabs
 * unless a content script may make them, and wraps every answer (or error) in an envelope.
 */
export function createRouter(handlers: Handlers, extensionId: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<ResponseEnvelope<unknown>> | undefined => {
    if (!isRequestMessage(message)) return undefined;
    const name = message.name as RequestName;
    if (!(name in handlers)) return Promise.resolve(failure('bad-request', `Unknown request ${message.name}`));
    if (sender.id !== extensionId) return Promise.resolve(failure('forbidden', 'Not from this extension'));
    if (sender.tab !== undefined && !CONTENT_SCRIPT_REQUESTS.has(name)) {
      return Promise.resolve(failure('forbidden', `${name} is not available to web pages`));
    }
    const handler = handlers[name] as Handler<RequestName>;
    return handler(message.payload, sender).then(
      (value): ResponseEnvelope<unknown> => ({ ok: true, value }),
      (error: unknown) => failure(kindOf(error), error instanceof Error ? error.message : String(error)),
    );
  };
}

function failure(kind: string, message: string): ResponseEnvelope<never> {
  return { ok: false, error: { kind, message } };
}

function kindOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string') {
    return error.kind;
  }
  return 'unknown';
}
