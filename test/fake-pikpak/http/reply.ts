/**
 * What a route hands back. Routes never touch `ServerResponse`, so the server can log the status,
 * apply faults and add CORS headers in one place.
 */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown;
  /** Set by routes that must write raw bytes with their own content type. */
  contentType?: string;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

export function text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): Reply {
  return { status, body, contentType };
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { location }, body: '', contentType: 'text/plain; charset=utf-8' };
}
