import { isPikPakError, redactSecrets } from '../api/errors.ts';
import { MAX_RECENT_ERRORS, recentErrors, type RecentError } from '../shared/diagnostics.ts';
import { isErrorKind } from '../shared/errors.ts';

/**
 * Keeps the last API errors for Options › Diagnostics. Writes go one after another (each reads the list and
 * writes it back, so two at once would lose one) and never reject: a failed write is logged with the kind only.
 */
let writes: Promise<void> = Promise.resolve();

function enqueue(write: () => Promise<void>, warning: string): Promise<void> {
  writes = writes.then(write).catch(() => console.warn(warning));
  return writes;
}

/**
 * Records `error`, which made the request `requestName` fail. Resolves when it is stored (tests wait for it;
 * the router does not). Only the kind, the request, the endpoint and the HTTP status are kept: never the
 * message or PikPak's description, which can echo a token.
 */
export function recordError(error: unknown, requestName: string, now: number = Date.now()): Promise<void> {
  const entry = entryFor(error, requestName, now);
  if (entry === undefined) return Promise.resolve();
  return enqueue(async () => {
    const list = await recentErrors.get();
    await recentErrors.set([entry, ...list].slice(0, MAX_RECENT_ERRORS));
  }, `Could not record a ${entry.kind} error`);
}

/** Empties the list (Options › Diagnostics › Clear), after any record still being written. */
export function clearErrors(): Promise<void> {
  return enqueue(() => recentErrors.remove(), 'Could not clear the recent errors');
}

function entryFor(error: unknown, requestName: string, at: number): RecentError | undefined {
  try {
    return describe(error, requestName, at);
  } catch {
    // Whatever was thrown (a throwing getter, say), recording it must not keep the router from answering.
    return undefined;
  }
}

function describe(error: unknown, requestName: string, at: number): RecentError | undefined {
  if (isPikPakError(error)) {
    const endpoint = safeEndpoint(error.endpoint);
    return {
      at,
      kind: error.kind,
      request: requestName,
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(isHttpStatus(error.status) ? { status: error.status } : {}),
    };
  }
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? error.kind : undefined;
  // Not PikPak errors, so not kept: anything whose kind is not an ErrorKind ('forbidden' from a handler's sender
  // check, a bug's TypeError without a kind), and a 'bad-request' that is not a PikPakError: a handler refusing
  // its payload (an empty token field, a malformed captcha token), i.e. the caller's input, which a page could
  // repeat to fill the list. PikPak's own 400s are PikPakErrors (above) and are kept. The router's own refusals
  // (unknown name, foreign sender, web page) answer before any handler runs, so they never get here.
  if (!isErrorKind(kind) || kind === 'bad-request') return undefined;
  return { at, kind, request: requestName };
}

/** `METHOD /path` only: whatever follows `?` or `#` is dropped, and a full URL is cut down to its path. */
export function safeEndpoint(endpoint: string): string | undefined {
  const match = /^([A-Z]{3,7}) (\S+)$/.exec(endpoint.trim());
  if (!match) return undefined;
  const [, method, target = ''] = match;
  let path = target.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) {
    if (!URL.canParse(path)) return undefined;
    path = new URL(path).pathname;
  }
  return `${method} ${redactSecrets(path).slice(0, 200)}`;
}

function isHttpStatus(status: number | undefined): status is number {
  return status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599;
}
