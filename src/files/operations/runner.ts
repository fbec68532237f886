import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorKind } from '../../shared/errors.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import { itemsOf, undoOf, type Operation } from './operation.ts';
import { failureText, operationText } from './operation-text.ts';

/** One operation as the page shows it: on its way, done (maybe undoable), or failed with its reason. */
export interface OperationEntry {
  id: number;
  operation: Operation;
  state: 'running' | 'done' | 'failed';
  error?: ErrorKind;
  /** What undoes it, while that is offered (a trash that finished). */
  undo?: Operation;
  /** The items it made, once done (a save's copies in the drive: "Open" shows them). */
  made?: readonly string[];
}

/** The last thing said to screen readers; `seq` tells a repeated sentence from the one before. */
export interface Announcement {
  text: string;
  urgent: boolean;
  seq: number;
}

export interface OperationRunnerDeps {
  /** Sends the operation; resolves once PikPak's task finished (with the ids of what it made), rejects with the kind. */
  send: (operation: Operation) => Promise<readonly string[] | void>;
  /** PikPak finished it (the page changes its rows) or refused it (`error`: the page reads its rows again). */
  settled: (operation: Operation, error: ErrorKind | undefined) => void;
  /** Default: setTimeout. */
  schedule?: (callback: () => void, ms: number) => () => void;
}

export interface OperationRunner {
  /** Running, done and failed operations, oldest first; done ones leave by themselves, failed ones stay. */
  entries: ReadonlySignal<readonly OperationEntry[]>;
  /** Ids of the items that running operations change. */
  busy: ReadonlySignal<ReadonlySet<string>>;
  canUndo: ReadonlySignal<boolean>;
  announcement: ReadonlySignal<Announcement>;
  /** Runs an operation; answers whether PikPak did it. */
  run: (operation: Operation) => Promise<boolean>;
  retry: (id: number) => Promise<boolean>;
  undo: (id: number) => Promise<boolean>;
  /** Undoes the newest undoable operation (Ctrl+Z); false when there is none. */
  undoLast: () => Promise<boolean>;
  dismiss: (id: number) => void;
  /** While held (the pointer or the focus is on the messages), done messages stay. */
  hold: (held: boolean) => void;
  announce: (text: string, urgent?: boolean) => void;
}

/** How long a done message stays, and one that offers Undo. */
export const DONE_SHOWN_MS = 6_000;
export const UNDO_SHOWN_MS = 10_000;
/** Done messages give way to newer ones past this many messages; running and failed ones always stay. */
const MOST_SHOWN = 4;

const setTimer = (callback: () => void, ms: number) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

/**
 * Sends operations and keeps what the page shows of them: each is running until PikPak's task finished, then done
 * (with Undo for a trash) or failed with its reason and Retry. Nothing the user asked for disappears unseen: a
 * failure stays until it is retried or dismissed.
 */
export function createOperationRunner(deps: OperationRunnerDeps): OperationRunner {
  const schedule = deps.schedule ?? setTimer;
  const entries = signal<readonly OperationEntry[]>([]);
  const announcement = signal<Announcement>({ text: '', urgent: false, seq: 0 });
  const timers = new Map<number, () => void>();
  let nextId = 1;
  let held = false;

  const busy = computed(() => {
    const ids = new Set<string>();
    for (const entry of entries.value) {
      if (entry.state === 'running') for (const item of itemsOf(entry.operation)) ids.add(item.id);
    }
    return ids;
  });
  const canUndo = computed(() => entries.value.some((entry) => entry.undo !== undefined));

  function announce(text: string, urgent = false) {
    announcement.value = { text, urgent, seq: announcement.peek().seq + 1 };
  }

  function stopTimer(id: number) {
    timers.get(id)?.();
    timers.delete(id);
  }

  function put(entry: OperationEntry) {
    const now = entries.peek();
    let next = now.some((each) => each.id === entry.id)
      ? now.map((each) => (each.id === entry.id ? entry : each))
      : [...now, entry];
    while (next.length > MOST_SHOWN) {
      const oldest = next.find((each) => each.state === 'done');
      if (oldest === undefined) break;
      stopTimer(oldest.id);
      next = next.filter((each) => each !== oldest);
    }
    entries.value = next;
  }

  function dismiss(id: number) {
    stopTimer(id);
    entries.value = entries.peek().filter((entry) => entry.id !== id);
  }

  function expire(id: number, ms: number) {
    stopTimer(id);
    timers.set(
      id,
      schedule(() => {
        timers.delete(id);
        // Someone is reading or reaching for it: a little longer.
        if (held) expire(id, 1_000);
        else dismiss(id);
      }, ms),
    );
  }

  async function start(id: number, operation: Operation): Promise<boolean> {
    stopTimer(id);
    put({ id, operation, state: 'running' });
    announce(operationText(operation, 'running'));
    let made: readonly string[] | void;
    try {
      made = await deps.send(operation);
    } catch (error) {
      const kind = errorKindOf(error);
      put({ id, operation, state: 'failed', error: kind });
      announce(failureText(operation, kind), true);
      deps.settled(operation, kind);
      return false;
    }
    const undo = undoOf(operation);
    put({ id, operation, state: 'done', ...(undo === undefined ? {} : { undo }), ...(made ? { made } : {}) });
    announce(operationText(operation, 'done'));
    deps.settled(operation, undefined);
    // A message with something to do on it (Undo, Open) stays longer.
    expire(id, undo === undefined && operation.kind !== 'save' ? DONE_SHOWN_MS : UNDO_SHOWN_MS);
    return true;
  }

  const find = (id: number) => entries.peek().find((entry) => entry.id === id);

  function undo(id: number): Promise<boolean> {
    const inverse = find(id)?.undo;
    if (inverse === undefined) return Promise.resolve(false);
    dismiss(id);
    return start(nextId++, inverse);
  }

  return {
    entries,
    busy,
    canUndo,
    announcement,
    announce,
    dismiss,
    run: (operation) => start(nextId++, operation),
    retry(id) {
      const entry = find(id);
      return entry?.state === 'failed' ? start(id, entry.operation) : Promise.resolve(false);
    },
    undo,
    undoLast() {
      const last = entries.peek().findLast((entry) => entry.undo !== undefined);
      return last === undefined ? Promise.resolve(false) : undo(last.id);
    },
    hold(on) {
      held = on;
    },
  };
}
