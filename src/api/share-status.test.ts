import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../shared/errors.ts';
import { shareStatusKind, shareStatusOf } from './share-status.ts';

describe('shareStatusOf (pikpak-api.md §8.1)', () => {
  it.each([
    ['OK', 'ok'],
    ['PASS_CODE_EMPTY', 'pass-code-needed'],
    ['PASS_CODE_ERROR', 'pass-code-wrong'],
    ['EXPIRED', 'expired'],
    ['CANCELLED', 'deleted'],
    ['CANCEL', 'deleted'],
    ['DELETED', 'deleted'],
    ['NOT_FOUND', 'deleted'],
    ['PROHIBITED', 'prohibited'],
    ['SENSITIVE_RESOURCE', 'sensitive'],
    ['BANNED', 'sensitive'],
    [' expired ', 'expired'],
    ['SOMETHING_NEW', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (wire, status) => {
    expect(shareStatusOf(wire)).toBe(status);
  });
});

describe('shareStatusKind', () => {
  it.each([
    ['ok', undefined],
    ['pass-code-needed', 'share-pass-code'],
    ['pass-code-wrong', 'share-pass-code'],
    ['expired', 'share-unavailable'],
    ['deleted', 'share-unavailable'],
    ['prohibited', 'region-blocked'],
    ['sensitive', 'share-sensitive'],
    ['unknown', 'share-unavailable'],
  ] as const)('%s → %s', (status, kind) => {
    expect(shareStatusKind(status)).toBe(kind);
    if (kind !== undefined) expect(ERROR_KINDS).toContain(kind);
  });
});
