/**
 * Keeps a page's copy of one stored value: the first read, then every change. A change that arrives before the
 * first read returns is newer than what the read finds, so it wins. Until `signal` aborts.
 */
export function followStored<T>(options: {
  read: () => Promise<T>;
  watch: (callback: (value: T) => void, signal: AbortSignal) => void;
  set: (value: T) => void;
  signal: AbortSignal;
  /** What a failed first read shows (nothing when absent); the failure is logged with `what`. */
  onReadError?: () => void;
  what: string;
}): void {
  const { read, watch, set, signal, onReadError, what } = options;
  let changed = false;
  watch((value) => {
    changed = true;
    set(value);
  }, signal);
  read().then(
    (value) => {
      if (!changed && !signal.aborted) set(value);
    },
    (error: unknown) => {
      console.warn(`Could not read ${what}`, error);
      if (!changed && !signal.aborted) onReadError?.();
    },
  );
}
