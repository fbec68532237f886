import type { IncomingHttpHeaders } from 'node:http';
import type { HostRole } from '../http/hosts.ts';

/** Every request the fake saw, for assertions ("exactly one refresh") and for failure output. */
export interface LogEntry {
  seq: number;
  /** Fake-clock time the request arrived. */
  time: number;
  host: string;
  role: HostRole | undefined;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Response status; 0 when the socket was dropped or the request is still running. */
  status: number;
  /** Kind of the fault that shaped the answer, if any. */
  fault?: string;
  scheme: 'http' | 'https';
}

export interface LogFilter {
  /** Exact host (port stripped) or a role ('user', 'drive', 'web', 'cdn', 'thumbnail', 'static'). */
  host?: string;
  method?: string;
  path?: string | RegExp;
  status?: number;
}

export function createLog() {
  let entries: LogEntry[] = [];
  let seq = 0;
  const matches = (e: LogEntry, f: LogFilter): boolean =>
    (!f.host || f.host === e.role || f.host.toLowerCase() === e.host) &&
    (!f.method || f.method.toUpperCase() === e.method) &&
    (f.path === undefined || (typeof f.path === 'string' ? f.path === e.path : f.path.test(e.path))) &&
    (f.status === undefined || f.status === e.status);
  return {
    get entries(): readonly LogEntry[] {
      return entries;
    },
    add(entry: Omit<LogEntry, 'seq'>): LogEntry {
      const full = { ...entry, seq: ++seq };
      entries.push(full);
      return full;
    },
    filter(f: LogFilter = {}): LogEntry[] {
      return entries.filter((e) => matches(e, f));
    },
    count(f: LogFilter = {}): number {
      return entries.filter((e) => matches(e, f)).length;
    },
    last(f: LogFilter = {}): LogEntry | undefined {
      return entries.filter((e) => matches(e, f)).at(-1);
    },
    clear(): void {
      entries = [];
    },
    /** One line per request, for printing when a test fails. */
    format(): string {
      return entries
        .map(
          (e) => `${e.seq} ${e.method} ${e.scheme}://${e.host}${e.path} → ${e.status}${e.fault ? ` [${e.fault}]` : ''}`,
        )
        .join('\n');
    },
  };
}

export type RequestLog = ReturnType<typeof createLog>;

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return out;
}
