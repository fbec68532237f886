import type { ErrorKind } from '../shared/errors.ts';
import { errorKind, shareKind } from './error-kind.ts';

/**
 * PikPak's failures as typed kinds. `toPikPakError` is the only code that reads raw error bodies; everything
 * else branches on `kind`. Which kind an answer is, is decided in ./error-kind.ts (pikpak-api.md §3.6, §9.10, §12).
 */
export interface PikPakErrorInit {
  kind: ErrorKind;
  /** `METHOD /path` of the call (no host, no query, no secrets). */
  endpoint: string;
  /** HTTP status; undefined when there was no answer (network, timeout). */
  status?: number;
  /** PikPak's `error` string (or `share_status` for share endpoints). */
  error?: string;
  /** PikPak's `error_code`, for diagnostics only. */
  code?: number;
  /** PikPak's description, secrets redacted. */
  detail?: string;
  retryAfterMs?: number;
  humanCheckUrl?: string;
  /**
   * A share endpoint's HTTP-200 failure (§8.1, §9.15): PikPak's `share_status` and its `share_status_text` (PikPak's
   * own sentence, in the caller's language; "" when none). Callers that answer a status rather than fail read these.
   */
  share?: { status: string; text: string };
  cause?: unknown;
}

export class PikPakError extends Error {
  override readonly name = 'PikPakError';
  readonly kind: ErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly error: string | undefined;
  readonly code: number | undefined;
  readonly detail: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly humanCheckUrl: string | undefined;
  readonly share: { status: string; text: string } | undefined;
  /** True when repeating the same call later may succeed without the user doing anything. */
  readonly retriable: boolean;

  constructor(init: PikPakErrorInit) {
    const what = [init.error, init.code].filter((part) => part !== undefined && part !== '').join(' ');
    super(
      `${init.endpoint}: ${init.kind}${init.status === undefined ? '' : ` (HTTP ${init.status}${what ? `, ${what}` : ''})`}`,
      {
        cause: init.cause,
      },
    );
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.error = init.error;
    this.code = init.code;
    this.detail = init.detail;
    this.retryAfterMs = init.retryAfterMs;
    this.humanCheckUrl = init.humanCheckUrl;
    this.share = init.share;
    this.retriable = RETRIABLE.has(init.kind);
  }
}

const RETRIABLE: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
  // The client already waited and asked again a few times (client.ts); later may still work.
  'file-busy',
  'network',
  'timeout',
  'server',
  'rate-limited',
  'malformed-response',
]);

export function isPikPakError(value: unknown): value is PikPakError {
  return value instanceof PikPakError;
}

/**
 * Turns an answer into an error, or undefined when the answer is a success. Reads PikPak's envelope
 * `{error, error_code, error_description, details[LocalizedMessage], error_details[{detail}]}` and the share
 * endpoints' `{detail}` / HTTP-200 `share_status` failures (§3.6, §8.1, §9.15).
 * @param body parsed JSON, or the raw text when the body was not JSON (gateway HTML pages)
 */
export function toPikPakError(
  status: number,
  body: unknown,
  headers: Pick<Headers, 'get'> | undefined,
  endpoint: string,
  now: () => number = Date.now,
): PikPakError | undefined {
  const record = isRecord(body) ? body : {};
  const shareStatus = typeof record['share_status'] === 'string' ? record['share_status'] : undefined;
  const error = typeof record['error'] === 'string' ? record['error'] : undefined;
  const code = numberOf(record['error_code']) ?? numberOf(record['code']);
  if (status >= 200 && status < 300) {
    // Some answers carry PikPak's envelope in a 2xx body; PikPakAPI, pikpak-kotlin and pikpakcli read it there
    // too (§12). Such a body is that error, not a malformed success.
    const envelope = (error !== undefined && error !== '') || (numberOf(record['error_code']) ?? 0) !== 0;
    if (!envelope) {
      if (shareStatus === undefined || shareStatus === 'OK') return undefined;
      const text = typeof record['share_status_text'] === 'string' ? record['share_status_text'] : '';
      return new PikPakError({
        kind: shareKind(shareStatus),
        endpoint,
        status,
        error: shareStatus,
        ...detailOf(text || shareStatus),
        share: { status: shareStatus, text: detailOf(text).detail ?? '' },
      });
    }
  }

  const description = descriptionOf(record, body);
  const base = {
    endpoint,
    status,
    ...(error ? { error } : {}),
    ...(code === undefined ? {} : { code }),
    ...detailOf(description),
  };
  const kind = errorKind({ status, error: (error ?? '').toLowerCase(), code, description, endpoint });
  if (kind === 'rate-limited') {
    const retryAfterMs = parseRetryAfter(headers?.get('retry-after') ?? null, now());
    return new PikPakError({ ...base, kind, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  return new PikPakError({ ...base, kind });
}

/** No answer at all: `fetch` rejected. AbortSignal.timeout rejects with a DOMException named TimeoutError. */
export function transportError(cause: unknown, endpoint: string): PikPakError {
  const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
  return new PikPakError({ kind: timedOut ? 'timeout' : 'network', endpoint, cause });
}

/** A success status whose body is not JSON or not the shape we expect. */
export function malformedResponse(endpoint: string, status: number, detail: string, cause?: unknown): PikPakError {
  return new PikPakError({ kind: 'malformed-response', endpoint, status, detail, cause });
}

/** Captcha init answered with a puzzle page the user must solve (§3.4). */
export function humanCheckError(endpoint: string, url: string): PikPakError {
  return new PikPakError({ kind: 'human-check', endpoint, status: 200, humanCheckUrl: url });
}

/** Seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Refresh, access and captcha tokens never leave the client: PikPak echoes the refresh token in its 4126
 * description (§3.2), so descriptions are scrubbed before they are kept.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(os|ck0)\.[\w.~+/=-]+/g, '$1.[redacted]')
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[redacted-jwt]')
    .replace(/(Bearer\s+)\S+/gi, '$1[redacted]');
}

const MAX_DETAIL = 300;

function detailOf(text: string): { detail?: string } {
  const clean = redactSecrets(text.trim()).slice(0, MAX_DETAIL);
  return clean ? { detail: clean } : {};
}

function descriptionOf(record: Record<string, unknown>, body: unknown): string {
  const parts: string[] = [];
  const push = (value: unknown): void => {
    if (typeof value === 'string' && value.trim() && !parts.includes(value)) parts.push(value);
  };
  push(record['error_description']);
  push(record['detail']); // share endpoints: {"detail":"device_id is empty"} (§1.2, SDL)
  for (const list of [record['details'], record['error_details']]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item)) continue;
      push(item['message']);
      push(item['detail']);
    }
  }
  // A gateway's HTML page says nothing useful; keep only short plain text.
  if (parts.length === 0 && typeof body === 'string' && !body.trimStart().startsWith('<')) push(body);
  return parts.join(' — ');
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
