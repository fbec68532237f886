import { isErrorKind, type ErrorKind } from './errors.ts';
import type { ConnectionCheck } from './messages.ts';
import { defineItem, isRecord } from './storage.ts';

/** How many errors Options › Diagnostics keeps; older ones are dropped. */
export const MAX_RECENT_ERRORS = 20;

/**
 * One failed request, as Options › Diagnostics lists it. Only what helps a bug report and is safe to show:
 * never a token, PikPak's error description (its 4126 answer echoes the refresh token) or a URL with a query.
 */
export interface RecentError {
  /** When it failed (epoch ms). */
  at: number;
  kind: ErrorKind;
  /** The request the page made, e.g. `session.status`. */
  request?: string;
  /** `METHOD /path` of the PikPak call, e.g. `GET /drive/v1/about`: no host, no query. */
  endpoint?: string;
  /** PikPak's HTTP status; absent when there was no answer. */
  status?: number;
}

const optional = (value: unknown, type: 'string' | 'number'): boolean => value === undefined || typeof value === type;

function isRecentError(value: unknown): value is RecentError {
  return (
    isRecord(value) &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at) &&
    isErrorKind(value.kind) &&
    optional(value.request, 'string') &&
    optional(value.endpoint, 'string') &&
    optional(value.status, 'number')
  );
}

function isRecentErrors(value: unknown): value is RecentError[] {
  return Array.isArray(value) && value.every(isRecentError);
}

/** The last API errors, newest first, at most MAX_RECENT_ERRORS. Written by the background only. */
export const recentErrors = defineItem<RecentError[]>('local', 'recentErrors', [], isRecentErrors);

function isConnectionCheck(value: unknown): value is ConnectionCheck | null {
  if (value === null) return true;
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.reachable === 'boolean' &&
    typeof value.latencyMs === 'number' &&
    typeof value.checkedAt === 'number'
  );
}

/** The last result of Options › Diagnostics › Check connection, so the page shows it on reopening. */
export const lastConnectionCheck = defineItem<ConnectionCheck | null>(
  'local',
  'lastConnectionCheck',
  null,
  isConnectionCheck,
);
