import type { ByteCount } from '../shared/domain.ts';

/**
 * Reading untrusted JSON. A `Reader<W>` only accepts the key names of the wire type `W`, so mappers stay in step
 * with wire-types.ts. Anything missing or of the wrong type throws `DecodeError`, which the client turns into
 * kind `malformed-response`.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

type Key<W> = keyof W & string;

export interface Reader<W> {
  readonly path: string;
  /** A required string (may be ""). */
  str(key: Key<W>): string;
  /** A string, or undefined when absent, null or "". */
  optStr(key: Key<W>): string | undefined;
  bool(key: Key<W>, fallback: boolean): boolean;
  /** A number, also from a decimal string (PikPak mixes them, §9.6). */
  num(key: Key<W>): number;
  optNum(key: Key<W>): number | undefined;
  /** A decimal-string (or number) byte count; absent/"" → 0. */
  bytes(key: Key<W>): ByteCount;
  optBytes(key: Key<W>): ByteCount | undefined;
  /** RFC 3339 with offset → epoch ms; "" / absent → undefined (§9.7). */
  time(key: Key<W>): number | undefined;
  obj<C>(key: Key<W>): Reader<C>;
  /** undefined when absent or null. */
  optObj<C>(key: Key<W>): Reader<C> | undefined;
  /** Each element of an array (absent/null → none). */
  list<C>(key: Key<W>): Reader<C>[];
  raw(key: Key<W>): unknown;
}

export function read<W>(value: unknown, path = '$'): Reader<W> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DecodeError(path, 'an object');
  const record = value as Record<string, unknown>;
  const at = (key: string): string => `${path}.${key}`;
  const present = (key: string): boolean => record[key] !== undefined && record[key] !== null;

  const optNum = (key: string): number | undefined => {
    const v = record[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    throw new DecodeError(at(key), 'a number');
  };
  const optBytes = (key: string): ByteCount | undefined => {
    const v = record[key];
    if (v === undefined || v === null || v === '') return undefined;
    const parsed = parseByteCount(v);
    if (!parsed) throw new DecodeError(at(key), 'a byte count');
    return parsed;
  };

  return {
    path,
    str(key) {
      const v = record[key];
      if (typeof v !== 'string') throw new DecodeError(at(key), 'a string');
      return v;
    },
    optStr(key) {
      const v = record[key];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new DecodeError(at(key), 'a string');
      return v;
    },
    bool(key, fallback) {
      const v = record[key];
      if (v === undefined || v === null) return fallback;
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw new DecodeError(at(key), 'a boolean');
    },
    num(key) {
      const v = optNum(key);
      if (v === undefined) throw new DecodeError(at(key), 'a number');
      return v;
    },
    optNum,
    bytes: (key) => optBytes(key) ?? { bytes: 0, exact: '0' },
    optBytes,
    time(key) {
      const v = record[key];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new DecodeError(at(key), 'an RFC 3339 time');
      const ms = Date.parse(v);
      if (Number.isNaN(ms)) throw new DecodeError(at(key), 'an RFC 3339 time');
      return ms;
    },
    obj: (key) => read(record[key], at(key)),
    optObj: (key) => (present(key) ? read(record[key], at(key)) : undefined),
    list(key) {
      const v = record[key];
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v)) throw new DecodeError(at(key), 'an array');
      return v.map((item, index) => read(item, `${at(key)}[${index}]`));
    },
    raw: (key) => record[key],
  };
}

/** A required string that must not be empty (ids, tokens). */
export function nonEmpty<W>(r: Reader<W>, key: keyof W & string): string {
  const value = r.str(key);
  if (value === '') throw new DecodeError(`${r.path}.${key}`, 'a non-empty string');
  return value;
}

/**
 * "29071069771" → { bytes: 29071069771, exact: "29071069771" }. Leading zeros are dropped from `exact`;
 * numbers (some endpoints send them, §7.6) are accepted when they are integers.
 */
export function parseByteCount(value: unknown): ByteCount | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return undefined;
    text = BigInt(value).toString();
  } else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    text = value.trim();
  } else {
    return undefined;
  }
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  const exact = negative && digits !== '0' ? `-${digits}` : digits;
  return { bytes: Number(exact), exact };
}
