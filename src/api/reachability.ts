import type { PikPakHosts } from './hosts.ts';

export interface Reachability {
  host: string;
  reachable: boolean;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** PikPak's `error` string, when the answer was PikPak's JSON error envelope. */
  error?: string;
  latencyMs: number;
}

/**
 * Asks the drive host for the quota without credentials. PikPak answers 401 `unauthenticated`, which proves
 * that the host is reachable and speaks PikPak's API, while spending no token and no captcha.
 */
export async function checkDriveReachable(
  fetchFn: typeof fetch,
  hosts: PikPakHosts,
  now: () => number = Date.now,
  timeoutMs = 10_000,
): Promise<Reachability> {
  const started = now();
  const host = new URL(hosts.drive).host;
  try {
    const response = await fetchFn(`${hosts.drive}/drive/v1/about`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    const error = await readErrorName(response);
    return {
      host,
      reachable: response.status < 500,
      status: response.status,
      ...(error === undefined ? {} : { error }),
      latencyMs: now() - started,
    };
  } catch {
    // A rejected fetch means no answer at all (offline, DNS, TLS, timeout): that is the result we report.
    return { host, reachable: false, latencyMs: now() - started };
  }
}

async function readErrorName(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
      return body.error;
    }
  } catch {
    // Not JSON: the reachability answer does not need a body.
  }
  return undefined;
}
