import { DecodeError } from './decode.ts';
import { malformedResponse, toPikPakError, transportError } from './errors.ts';
import type { PikPakHosts } from './hosts.ts';

/**
 * One HTTP exchange with PikPak: URL, headers, timeout, body parsing, error mapping. No session logic.
 * `fetch` is injected so the same code runs in the worker and in Node tests against the fake.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type HostRole = 'user' | 'drive';
/** Arrays become repeated parameters (`task_ids=a&task_ids=b`, §6.3); undefined values are left out. */
export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface HttpRequest {
  host: HostRole;
  method: HttpMethod;
  path: string;
  query?: Query;
  body?: unknown;
  headers: Record<string, string>;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  isJson: boolean;
}

export interface Transport {
  send(request: HttpRequest): Promise<HttpAnswer>;
}

export interface TransportOptions {
  fetch: typeof fetch;
  hosts: PikPakHosts;
  timeoutMs: number;
}

export function endpointOf(method: HttpMethod, path: string): string {
  return `${method} ${path}`;
}

export function createTransport(options: TransportOptions): Transport {
  return {
    async send(request) {
      const url = new URL(request.path, request.host === 'user' ? options.hosts.user : options.hosts.drive);
      for (const [name, value] of Object.entries(request.query ?? {})) {
        if (value === undefined) continue;
        if (Array.isArray(value)) for (const item of value as readonly string[]) url.searchParams.append(name, item);
        else url.searchParams.set(name, String(value));
      }
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      const endpoint = endpointOf(request.method, request.path);
      try {
        // One deadline covers the answer and its body (a stalled body is a timeout too).
        const response = await options.fetch(url, {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const text = await response.text();
        return { status: response.status, headers: response.headers, ...parseBody(text) };
      } catch (cause) {
        throw transportError(cause, endpoint);
      }
    },
  };
}

function parseBody(text: string): { body: unknown; isJson: boolean } {
  if (text.trim() === '') return { body: undefined, isJson: true };
  try {
    return { body: JSON.parse(text) as unknown, isJson: true };
  } catch {
    return { body: text, isJson: false };
  }
}

/**
 * The answer's value, or its error: PikPak's failures through `toPikPakError`, then a success that is not JSON or
 * does not decode is `malformed-response`.
 */
export function settle<T>(answer: HttpAnswer, endpoint: string, decode: (body: unknown) => T, now: () => number): T {
  const failure = toPikPakError(answer.status, answer.body, answer.headers, endpoint, now);
  if (failure) throw failure;
  if (!answer.isJson) throw malformedResponse(endpoint, answer.status, 'the body is not JSON');
  try {
    return decode(answer.body);
  } catch (error) {
    if (error instanceof DecodeError) throw malformedResponse(endpoint, answer.status, error.message, error);
    throw error;
  }
}
