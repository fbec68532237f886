import { isRecord } from '../http/body.ts';

/**
 * The `filters` query parameter: a JSON string like
 * `{"phase":{"eq":"PHASE_TYPE_COMPLETE"},"trashed":{"eq":false}}` (pikpak-api.md §7.1, §6.1).
 * Operators: eq, in (one comma-joined string; an array is accepted too), gt, lt.
 * Guess: unknown fields and operators are ignored (pikpak-kotlin's getFolderId says PikPak answers 404 to a
 * `name` filter, which the fake does not copy: no client of this project filters by name).
 */
export type FieldValue = string | number | boolean;
export type FieldGetters<T> = Record<string, (item: T) => FieldValue | FieldValue[]>;

export type ParsedFilters = Record<string, Record<string, unknown>>;

export function parseFilters(raw: string | null): ParsedFilters | 'invalid' {
  if (raw === null || raw.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) return 'invalid';
    const out: ParsedFilters = {};
    for (const [field, ops] of Object.entries(parsed)) {
      if (!isRecord(ops)) return 'invalid';
      out[field] = ops;
    }
    return out;
  } catch {
    return 'invalid';
  }
}

export function matchesFilters<T>(item: T, filters: ParsedFilters, getters: FieldGetters<T>): boolean {
  for (const [field, ops] of Object.entries(filters)) {
    const getter = getters[field];
    if (!getter) continue;
    const actual = getter(item);
    const values = Array.isArray(actual) ? actual : [actual];
    for (const [op, expected] of Object.entries(ops)) {
      if (!matchOp(values, op, expected)) return false;
    }
  }
  return true;
}

function matchOp(values: FieldValue[], op: string, expected: unknown): boolean {
  switch (op) {
    case 'eq':
      return values.some((v) => String(v) === String(expected));
    case 'in': {
      const wanted = Array.isArray(expected)
        ? expected.map(String)
        : String(expected)
            .split(',')
            .map((s) => s.trim());
      return values.some((v) => wanted.includes(String(v)));
    }
    case 'gt':
      return values.some((v) => String(v) > String(expected));
    case 'lt':
      return values.some((v) => String(v) < String(expected));
    default:
      return true;
  }
}
