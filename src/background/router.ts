import type { Runtime } from 'webextension-polyfill';
import {
  isRequestLike,
  type Protocol,
  type RequestName,
  type RequestOf,
  type ResponseEnvelope,
  type ResponseOf,
} from '../shared/messages.ts';
import { recordError } from './diagnostics.ts';

export type Handler<N extends RequestName> = (
  payload: RequestOf<N>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<N>>;

/** One handler per request name; a missing handler is a compile error. */
export type Handlers = { [N in keyof Protocol]: Handler<N> };

/** Requests a content script on a PikPak page may make. Everything else is for extension pages only. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestName> = new Set<RequestName>([
  'session.offer',
  'session.captchaVerified',
]);

/**
 * Builds the single `runtime.onMessage` listener. It refuses other extensions, refuses requests from web pages
 * unless a content script may make them, and wraps every answer (or error) in an envelope.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<ResponseEnvelope<unknown>> | undefined => {
    if (!isRequestLike(message)) return undefined;
    const name = message.name;
    if (!isKnown(name, handlers)) return Promise.resolve(failure('bad-request', `Unknown request ${name}`));
    if (sender.id !== extensionId) return Promise.resolve(failure('forbidden', 'Not from this extension'));
    // Extension pages opened in a tab (options, file browser) have a tab too; only their URL tells them
    // apart from a content script running in a web page.
    const fromExtensionPage = sender.url?.startsWith(extensionOrigin) ?? false;
    if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(name)) {
      return Promise.resolve(failure('forbidden', `${name} is not available to web pages`));
    }
    // The name was checked against the table; each handler validates its own payload.
    const handler = handlers[name] as unknown as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.payload, sender).then(
      (value): ResponseEnvelope<unknown> => ({ ok: true, value }),
      (error: unknown) => {
        // For Options › Diagnostics; the answer does not wait for the write, and a failed write is only logged.
        void recordError(error, name);
        return failure(kindOf(error), error instanceof Error ? error.message : String(error));
      },
    );
  };
}

function isKnown(name: string, handlers: Handlers): name is RequestName {
  return Object.hasOwn(handlers, name);
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
