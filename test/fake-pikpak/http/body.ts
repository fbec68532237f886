import type { IncomingMessage } from 'node:http';

/** Caps what the fake reads so a runaway client cannot fill memory. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Parses a request body as JSON first, whatever the Content-Type says: PPA sends JSON labelled
 * form-urlencoded and it works (pikpak-api.md §1.2). Falls back to form encoding (rclone's refresh).
 */
export function parseBody(raw: Buffer): unknown {
  const textBody = raw.toString('utf8').trim();
  if (textBody === '') return undefined;
  try {
    return JSON.parse(textBody) as unknown;
  } catch {
    if (/^[^=&\s]+=[^&]*(&[^=&\s]+=[^&]*)*$/.test(textBody)) {
      return Object.fromEntries(new URLSearchParams(textBody));
    }
    return textBody;
  }
}

/** A typed view over an untrusted parsed body. */
export interface Fields {
  str(name: string): string | undefined;
  bool(name: string): boolean | undefined;
  obj(name: string): Fields;
  strList(name: string): string[] | undefined;
  has(name: string): boolean;
  raw: Record<string, unknown>;
}

export function fields(value: unknown): Fields {
  const raw = isRecord(value) ? value : {};
  return {
    raw,
    has: (name) => name in raw,
    str(name) {
      const v = raw[name];
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return undefined;
    },
    bool(name) {
      const v = raw[name];
      if (typeof v === 'boolean') return v;
      if (v === 'true') return true;
      if (v === 'false') return false;
      return undefined;
    },
    obj: (name) => fields(raw[name]),
    strList(name) {
      const v = raw[name];
      if (!Array.isArray(v)) return undefined;
      return v.filter((x): x is string => typeof x === 'string');
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
