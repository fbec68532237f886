import type { ReadonlySignal } from '@preact/signals';
import { TASK_WATCH_PORT, type TaskSnapshot } from '../shared/task-snapshot.ts';
import { storedSignal, type StoredSource } from '../ui/stored-signal.ts';

export interface TaskSnapshotStore {
  /** `undefined` until storage answered; `null` when no list was read yet (or the read failed). */
  snapshot: ReadonlySignal<TaskSnapshot | null | undefined>;
  start: () => () => void;
}

/** The task monitor's snapshot (written by the background only) as a signal: shown at once, then live. */
export function createTaskSnapshotStore(source: StoredSource<TaskSnapshot | null>): TaskSnapshotStore {
  const stored = storedSignal(source, { what: 'the task list', onReadError: null });
  return { snapshot: stored.value, start: stored.start };
}

export interface WatchPort {
  onDisconnect: { addListener(callback: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** How often the page pings the worker over the port (a message resets the worker's idle clock). */
const PING_MS = 20_000;
const RECONNECT_MS = 500;

/**
 * Tells the background that this page shows the tasks, for as long as it is open: a `TASK_WATCH_PORT` port. When
 * the worker stops (or is restarted) the port closes; the page connects again, which starts a new worker that
 * polls fast again. Returns the function that stops watching.
 */
export function watchTasks(connect: (name: typeof TASK_WATCH_PORT) => WatchPort): () => void {
  let stopped = false;
  let port: WatchPort | undefined;
  let reconnect: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    if (stopped) return;
    try {
      port = connect(TASK_WATCH_PORT);
    } catch (error) {
      console.warn('Could not reach the background', error);
      reconnect = setTimeout(open, RECONNECT_MS * 4);
      return;
    }
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (!stopped) reconnect = setTimeout(open, RECONNECT_MS);
    });
  };
  open();
  const ping = setInterval(() => port?.postMessage({ type: 'ping' }), PING_MS);
  return () => {
    stopped = true;
    clearInterval(ping);
    if (reconnect !== undefined) clearTimeout(reconnect);
    port?.disconnect();
  };
}
