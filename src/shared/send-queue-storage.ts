import browser from 'webextension-polyfill';
import { isRecord } from './storage.ts';
import { EMPTY_SEND_QUEUE, SEND_QUEUE_KEY, type QueueEntry, type SendQueueState } from './send-queue.ts';

/**
 * How the send queue is laid out in `storage.local`: one key per entry (`sendQueue:<id>`) and an index
 * (`sendQueue`: the entry ids in order, `dailyLimitSince` and `createsHeldUntil`). A change to one entry writes that entry only:
 * with a thousand links waiting, rewriting the whole queue for every change made the storage round trips, not
 * PikPak, the limit, and handed every listener (the popup, the worker) the whole queue on every change.
 *
 * Written by the background only (src/background/send-queue/); pages read it with `readSendQueue` and
 * follow it with `followSendQueue`.
 */

const ENTRY_PREFIX = `${SEND_QUEUE_KEY}:`;
export const entryKey = (id: string): string => `${ENTRY_PREFIX}${id}`;

interface QueueIndex {
  ids: string[];
  dailyLimitSince?: number;
  createsHeldUntil?: number;
}

/** The queue-wide fields (all but the entries), as the index and the state both carry them. */
type QueueMarks = Pick<SendQueueState, 'dailyLimitSince' | 'createsHeldUntil'>;

type Area = Pick<browser.Storage.StorageArea, 'get' | 'set' | 'remove'>;

const isIndex = (value: unknown): value is QueueIndex =>
  isRecord(value) &&
  Array.isArray(value.ids) &&
  value.ids.every((id) => typeof id === 'string') &&
  (value.dailyLimitSince === undefined || typeof value.dailyLimitSince === 'number') &&
  (value.createsHeldUntil === undefined || typeof value.createsHeldUntil === 'number');

/** The layout before per-entry keys: the whole queue under `sendQueue`. Read once, rewritten on the next change. */
const isLegacy = (value: unknown): value is SendQueueState => isRecord(value) && Array.isArray(value.entries);

function stateOf(entries: unknown[], marks: { dailyLimitSince?: unknown; createsHeldUntil?: unknown }): SendQueueState {
  return { entries: entries as QueueEntry[], ...marksOf(marks) };
}

/** The marks that are set (numbers), without the absent ones. */
function marksOf(from: { dailyLimitSince?: unknown; createsHeldUntil?: unknown }): QueueMarks {
  return {
    ...(typeof from.dailyLimitSince === 'number' ? { dailyLimitSince: from.dailyLimitSince } : {}),
    ...(typeof from.createsHeldUntil === 'number' ? { createsHeldUntil: from.createsHeldUntil } : {}),
  };
}

/** The stored queue (entries in order; their validation is the reader's, see `queueEntries`). */
export async function readSendQueue(area: Area = browser.storage.local): Promise<SendQueueState> {
  return (await readStored(area)).state;
}

/** The stored queue, and whether it is still in the whole-queue layout. */
async function readStored(area: Area): Promise<{ state: SendQueueState; legacy: boolean }> {
  const stored = (await area.get(SEND_QUEUE_KEY))[SEND_QUEUE_KEY];
  if (isLegacy(stored)) return { state: stateOf(stored.entries, stored), legacy: true };
  if (!isIndex(stored)) return { state: EMPTY_SEND_QUEUE, legacy: false };
  if (stored.ids.length === 0) return { state: stateOf([], stored), legacy: false };
  const values = await area.get(stored.ids.map(entryKey));
  const entries = stored.ids.map((id) => values[entryKey(id)]).filter((entry) => entry !== undefined);
  return { state: stateOf(entries, stored), legacy: false };
}

/**
 * Stores the queue for its only writer: remembers what it last read or wrote, and writes only what changed
 * (changed entries and, when the order or the daily-limit mark changed, the index) in one atomic `set`; entries
 * that left the queue are removed after it (an entry left behind by a worker stopped in between is in no index,
 * so nobody reads it, and the next worker's first read removes it).
 */
export function createQueueWriter(area: Area = browser.storage.local) {
  // What storage holds, as JSON per entry id, and the index; undefined until read (or after a failed write).
  let known: { entries: Map<string, string>; index: string; legacy: boolean } | undefined;

  const remember = (state: SendQueueState, legacy: boolean) => {
    known = {
      entries: new Map(state.entries.map((entry) => [entry.id, JSON.stringify(entry)])),
      index: JSON.stringify(indexOf(state)),
      legacy,
    };
  };

  return {
    async read(): Promise<SendQueueState> {
      const firstRead = known === undefined;
      const { state, legacy } = await readStored(area);
      remember(state, legacy);
      if (firstRead) await sweepOrphans(area, state);
      return state;
    },
    async write(state: SendQueueState): Promise<void> {
      const before = known;
      known = undefined;
      const changes: Record<string, unknown> = {};
      for (const entry of state.entries) {
        const json = JSON.stringify(entry);
        // From the whole-queue layout every entry gets its own key.
        if (before === undefined || before.legacy || before.entries.get(entry.id) !== json)
          changes[entryKey(entry.id)] = entry;
      }
      const index = indexOf(state);
      if (before === undefined || before.legacy || before.index !== JSON.stringify(index))
        changes[SEND_QUEUE_KEY] = index;
      if (Object.keys(changes).length > 0) await area.set(changes);
      const kept = new Set(state.entries.map((entry) => entry.id));
      const gone = [...(before?.entries.keys() ?? [])].filter((id) => !kept.has(id)).map(entryKey);
      if (gone.length > 0) await area.remove(gone);
      remember(state, false);
    },
  };
}

/**
 * Removes entry keys that are in no index: left by a worker stopped between a write and the removal after it.
 * Once per worker (the writer's first read); it looks at every key of the area, which only the worker may.
 */
async function sweepOrphans(area: Area, state: SendQueueState): Promise<void> {
  const kept = new Set(state.entries.map((entry) => entryKey(entry.id)));
  const orphans = Object.keys(await area.get(null)).filter((key) => key.startsWith(ENTRY_PREFIX) && !kept.has(key));
  if (orphans.length > 0) await area.remove(orphans);
}

function indexOf(state: SendQueueState): QueueIndex {
  return { ids: state.entries.map((entry) => entry.id), ...marksOf(state) };
}

/**
 * Follows the stored queue for a page: reads it once (or takes the caller's read), then applies each change
 * event (entry keys and the index) without reading the whole queue again. Calls back with the whole state after the first read and each change.
 */
export function followSendQueue(
  callback: (state: SendQueueState) => void,
  signal?: AbortSignal,
  firstRead: Promise<SendQueueState> = readSendQueue(),
): void {
  let index: QueueIndex = { ids: [] };
  const entries = new Map<string, QueueEntry>();
  let ready = false;
  const pending: Record<string, browser.Storage.StorageChange>[] = [];

  const emit = () =>
    callback(
      stateOf(
        index.ids.flatMap((id) => entries.get(id) ?? []),
        index,
      ),
    );

  const apply = (changes: Record<string, browser.Storage.StorageChange>) => {
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (key === SEND_QUEUE_KEY) {
        const value: unknown = change.newValue;
        if (isLegacy(value)) {
          entries.clear();
          for (const entry of value.entries) entries.set(entry.id, entry);
          index = indexOf(value);
        } else {
          index = isIndex(value) ? value : { ids: [] };
        }
        touched = true;
      } else if (key.startsWith(ENTRY_PREFIX)) {
        const id = key.slice(ENTRY_PREFIX.length);
        if (change.newValue === undefined) entries.delete(id);
        else entries.set(id, change.newValue as QueueEntry);
        touched = true;
      }
    }
    return touched;
  };

  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    if (areaName !== 'local') return;
    if (!ready) {
      pending.push(changes);
      return;
    }
    if (apply(changes)) emit();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });

  firstRead
    .then(
      (state) => {
        index = indexOf(state);
        for (const entry of state.entries) entries.set(entry.id, entry);
      },
      (error: unknown) => console.warn('Could not read the send queue', error),
    )
    .finally(() => {
      ready = true;
      // Changes that arrived during the read are newer than it.
      for (const changes of pending.splice(0)) apply(changes);
      if (!signal?.aborted) emit();
    });
}
