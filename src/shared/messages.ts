import browser from 'webextension-polyfill';

/**
 * Every request a page or content script can send to the background, with its request and response types.
 * Names are `area.verb`. The background's router must have a handler for each (a compile error otherwise).
 */
export interface Protocol {
  /** Is the drive host reachable from this browser? Used by Options › Diagnostics. */
  'diagnostics.checkConnection': { request: undefined; response: ConnectionCheck };
}

export interface ConnectionCheck {
  host: string;
  reachable: boolean;
  status?: number;
  latencyMs: number;
  checkedAt: number;
}

export type RequestName = keyof Protocol;
export type RequestOf<N extends RequestName> = Protocol[N]['request'];
export type ResponseOf<N extends RequestName> = Protocol[N]['response'];

export interface RequestMessage<N extends RequestName = RequestName> {
  name: N;
  payload: RequestOf<N>;
}

/** Errors cross contexts as plain data; `kind` is what the UI branches on. */
export interface SerializedError {
  kind: string;
  message: string;
}

export type ResponseEnvelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export class RequestError extends Error {
  constructor(readonly kind: string, message: string) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Sends a typed request to the background and unwraps its envelope, re-throwing its error as RequestError. */
export async function request<N extends RequestName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const message: RequestMessage<N> = { name, payload };
  const envelope = await browser.runtime.sendMessage<RequestMessage<N>, ResponseEnvelope<ResponseOf<N>> | undefined>(
    message,
  );
  if (envelope === undefined) throw new RequestError('unknown', `No answer to ${name}`);
  if (!envelope.ok) throw new RequestError(envelope.error.kind, envelope.error.message);
  return envelope.value;
}

/** The shape of any request on the wire; whether its name is known is for the router to decide. */
export function isRequestLike(value: unknown): value is { name: string; payload?: unknown } {
  return typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string';
}
