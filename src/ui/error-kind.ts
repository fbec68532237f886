import { isErrorKind, type ErrorKind } from '../shared/errors.ts';

/** The error kind of anything a request threw (a RequestError's `kind`), `unknown` for anything else. */
export function errorKindOf(error: unknown): ErrorKind {
  if (typeof error === 'object' && error !== null && 'kind' in error && isErrorKind(error.kind)) return error.kind;
  return 'unknown';
}
