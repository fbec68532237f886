import { signal, type ReadonlySignal } from '@preact/signals';
import type { StorageItem } from '../shared/storage.ts';

/**
 * The page-store pattern: a page follows a stored value (written by the background, or by another page) through a
 * signal. `storedSignal(source)` is that signal; the stores in src/ui and in each page build on it and add their
 * actions. Pages never poll and never ask the worker for what storage already holds.
 */

/** Where one stored value is read and its changes heard: a declared item (`itemSource`) or a test's own. */
export interface StoredSource<T> {
  read: () => Promise<T>;
  /** Calls back with each new value until `signal` aborts. */
  watch: (callback: (value: T) => void, signal: AbortSignal) => void;
}

/** A declared storage item (src/shared/storage.ts) as a source. */
export const itemSource = <T>(item: Pick<StorageItem<T>, 'get' | 'onChanged'>): StoredSource<T> => ({
  read: () => item.get(),
  watch: (callback, signal) => item.onChanged(callback, signal),
});

export interface StoredSignal<V> {
  value: ReadonlySignal<V>;
  /** Reads the value, then follows its changes. Returns the function that stops following. */
  start: () => () => void;
  /** Shows what this page has just stored, before storage's change event echoes it. */
  set: (value: V) => void;
}

/**
 * A signal holding the stored value: `initial` (by default `undefined`: nothing painted yet) until the first read
 * answers, then every change. A change that arrives before the first read returns is newer than what the read
 * finds, so it wins. A failed first read shows `onReadError` when given (and is logged with `what`).
 */
export function storedSignal<T, I = undefined>(
  source: StoredSource<T>,
  options: { what: string; initial?: I; onReadError?: T },
): StoredSignal<T | I> {
  const value = signal<T | I>(options.initial as I);
  function start() {
    const stop = new AbortController();
    let changed = false;
    source.watch((next) => {
      changed = true;
      value.value = next;
    }, stop.signal);
    source.read().then(
      (stored) => {
        if (!changed && !stop.signal.aborted) value.value = stored;
      },
      (error: unknown) => {
        console.warn(`Could not read ${options.what}`, error);
        if (!changed && !stop.signal.aborted && 'onReadError' in options) value.value = options.onReadError as T;
      },
    );
    return () => stop.abort();
  }
  return { value, start, set: (next) => (value.value = next) };
}
