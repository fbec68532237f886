import { describe, expect, it, vi } from 'vitest';
import { defineItem, isRecord } from '../shared/storage.ts';
import { itemSource, storedSignal, type StoredSource } from './stored-signal.ts';

/** A source whose first read answers when the test says so, and whose changes the test pushes. */
function controlledSource<T>() {
  let push: (value: T) => void = () => undefined;
  let answer: (value: T) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const source: StoredSource<T> = {
    read: () =>
      new Promise<T>((resolve, reject) => {
        answer = resolve;
        fail = reject;
      }),
    watch: (callback, signal) => {
      push = (value) => {
        if (!signal.aborted) callback(value);
      };
    },
  };
  return { source, push: (value: T) => push(value), answer: (value: T) => answer(value), fail: (e: Error) => fail(e) };
}

describe('storedSignal', () => {
  it('holds the initial value until the read answers, then the stored value, then each change', async () => {
    const { source, push, answer } = controlledSource<number>();
    const stored = storedSignal(source, { what: 'a number', initial: -1 });
    stored.start();
    expect(stored.value.value).toBe(-1);
    answer(1);
    await vi.waitFor(() => expect(stored.value.value).toBe(1));
    push(2);
    expect(stored.value.value).toBe(2);
  });

  it('keeps a change that arrived before a slower first read', async () => {
    const { source, push, answer } = controlledSource<string>();
    const stored = storedSignal(source, { what: 'a word' });
    stored.start();
    push('newer');
    answer('older');
    await Promise.resolve();
    await Promise.resolve();
    expect(stored.value.value).toBe('newer');
  });

  it('shows onReadError after a failed read, and nothing changes once stopped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { source, push, fail } = controlledSource<string[]>();
    const stored = storedSignal(source, { what: 'a list', onReadError: [] });
    const stop = stored.start();
    fail(new Error('storage is gone'));
    await vi.waitFor(() => expect(stored.value.value).toEqual([]));
    expect(console.warn).toHaveBeenCalledWith('Could not read a list', expect.any(Error));
    stop();
    push(['late']);
    expect(stored.value.value).toEqual([]);
  });

  it('follows a declared storage item through itemSource', async () => {
    const item = defineItem<{ n: number }>('local', 'storedSignalTest', { n: 0 }, (v): v is { n: number } =>
      isRecord(v),
    );
    await item.set({ n: 1 });
    const stored = storedSignal(itemSource(item), { what: 'the test item' });
    stored.start();
    await vi.waitFor(() => expect(stored.value.value).toEqual({ n: 1 }));
    await item.set({ n: 2 });
    await vi.waitFor(() => expect(stored.value.value).toEqual({ n: 2 }));
  });
});
