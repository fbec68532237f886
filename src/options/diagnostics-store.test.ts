import { describe, expect, it, vi } from 'vitest';
import type { RecentError } from '../shared/diagnostics.ts';
import { createDiagnosticsStore, type DiagnosticsDeps } from './diagnostics-store.ts';

const stored: RecentError[] = [{ at: 1, kind: 'server', endpoint: 'GET /drive/v1/about', status: 502 }];

function setUp(overrides: Partial<DiagnosticsDeps> = {}) {
  let emit: (errors: RecentError[]) => void = () => undefined;
  const deps: DiagnosticsDeps = {
    checkConnection: vi.fn(),
    loadLastCheck: () => Promise.resolve(null),
    errors: { read: () => Promise.resolve(stored), watch: (callback) => (emit = callback) },
    clearErrors: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  const store = createDiagnosticsStore(deps);
  return { store, deps, emit: (errors: RecentError[]) => emit(errors) };
}

describe('diagnostics store › recent errors', () => {
  it('reads the stored list, then follows storage', async () => {
    const { store, emit } = setUp();
    const stop = store.start();
    await vi.waitFor(() => expect(store.errors.value).toEqual(stored));
    emit([]);
    expect(store.errors.value).toEqual([]);
    stop();
  });

  it('keeps a change that arrived before the first read answered', async () => {
    let answer: (errors: RecentError[]) => void = () => undefined;
    let push: (errors: RecentError[]) => void = () => undefined;
    const { store } = setUp({
      errors: { read: () => new Promise((resolve) => (answer = resolve)), watch: (callback) => (push = callback) },
    });
    store.start();
    push([]);
    answer(stored);
    await Promise.resolve();
    expect(store.errors.value).toEqual([]);
  });

  it('asks the background to clear, and says when that failed', async () => {
    const { store, deps } = setUp();
    await store.clearErrors();
    expect(deps.clearErrors).toHaveBeenCalledTimes(1);
    expect(store.clearState.value).toBe('idle');

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = setUp({ clearErrors: () => Promise.reject(new Error('No answer')) }).store;
    await failing.clearErrors();
    expect(failing.clearState.value).toBe('failed');
    vi.restoreAllMocks();
  });
});
