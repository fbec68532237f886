import { RequestError } from '../../shared/messages.ts';
import { endpointOrigin } from '../../shared/aria2-settings.ts';

/**
 * aria2's JSON-RPC over HTTP (aria2c(1) › RPC INTERFACE; Motrix embeds the same aria2), in plain `fetch`: the
 * secret goes as the first parameter, `"token:<secret>"`, of every method that needs it; `system.multicall`
 * batches. Failures become the aria2-* error kinds (src/shared/errors.ts). The secret is in the request body
 * only: no error message, log line or thrown value carries it.
 */
export interface Aria2Target {
  endpoint: string;
  secret: string;
}

export type Aria2Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface Aria2CallOptions {
  /** Global fetch unless given (Node tests pass the real one while PikPak's calls go to the fake). */
  fetch?: Aria2Fetch;
  timeoutMs?: number;
}

/** A call aria2 does not answer in this long fails with `aria2-timeout`; aria2 answers on localhost in ms. */
export const ARIA2_TIMEOUT_MS = 10_000;

/** What aria2 says in place of a result: `{"code":1,"message":"Unauthorized"}`. */
export interface Aria2Fault {
  code: number;
  message: string;
}

/** One call inside `system.multicall`; the token is added here. */
export interface Aria2Call {
  method: string;
  params: unknown[];
}

const tokenParams = (secret: string): unknown[] => (secret === '' ? [] : [`token:${secret}`]);

/** Calls one method; resolves with aria2's `result` or rejects with a RequestError of an aria2-* kind. */
export async function aria2Call(
  target: Aria2Target,
  method: string,
  params: unknown[],
  options: Aria2CallOptions = {},
): Promise<unknown> {
  return post(target, method, [...tokenParams(target.secret), ...params], options);
}

/** Many calls in one request; each answer is the call's result or its fault (an Aria2Fault), in the calls' order. */
export async function aria2Multicall(
  target: Aria2Target,
  calls: readonly Aria2Call[],
  options: Aria2CallOptions = {},
): Promise<unknown[]> {
  const batch = calls.map(({ method, params }) => ({
    methodName: method,
    params: [...tokenParams(target.secret), ...params],
  }));
  const answers = await post(target, 'system.multicall', [batch], options);
  if (!Array.isArray(answers) || answers.length !== calls.length) {
    throw new RequestError('aria2-refused', 'aria2 answered system.multicall with something else than a list');
  }
  // A successful call's result comes wrapped in a one-element array, a failed one as a fault object.
  return answers.map((answer: unknown) => (Array.isArray(answer) ? (answer[0] as unknown) : faultOf(answer)));
}

export function isAria2Fault(value: unknown): value is Aria2Fault {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** aria2's answer to a wrong or missing secret (checked with aria2 1.36). */
export const isUnauthorized = (fault: Aria2Fault) => fault.code === 1 && fault.message === 'Unauthorized';

/** The error kind and message for a fault inside an answer. */
export function faultError(fault: Aria2Fault): RequestError {
  return isUnauthorized(fault)
    ? new RequestError('aria2-secret', 'aria2 refused the secret')
    : new RequestError('aria2-refused', fault.message);
}

let lastId = 0;

async function post(target: Aria2Target, method: string, params: unknown[], options: Aria2CallOptions) {
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const origin = endpointOrigin(target.endpoint);
  const body = JSON.stringify({ jsonrpc: '2.0', id: String(++lastId), method, params });
  const timeoutMs = options.timeoutMs ?? ARIA2_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let text: string;
  let status: number;
  try {
    const response = await doFetch(target.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal,
      // Nothing of the browser's (cookies, a cached answer) belongs in a call to the user's downloader.
      credentials: 'omit',
      cache: 'no-store',
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw new RequestError('aria2-timeout', `aria2 at ${origin} did not answer in ${timeoutMs} ms`);
    // fetch's TypeError: refused, reset, unknown host, or (without the host permission) blocked by CORS.
    const cause = error instanceof Error ? error.message : String(error);
    throw new RequestError('aria2-unreachable', `aria2 is not reachable at ${origin} (${cause})`);
  }
  const answer = parseJson(text);
  if (answer !== undefined && typeof answer === 'object' && answer !== null) {
    if ('error' in answer) {
      const fault = faultOf(answer.error);
      throw faultError(fault);
    }
    if ('result' in answer && status >= 200 && status < 300) return answer.result;
  }
  throw new RequestError('aria2-refused', `HTTP ${status} from ${origin}: not a JSON-RPC answer`);
}

function faultOf(value: unknown): Aria2Fault {
  if (isAria2Fault(value)) {
    return { code: Number(value.code), message: String(value.message).slice(0, 300) };
  }
  return { code: -1, message: 'aria2 gave an answer without a result' };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
