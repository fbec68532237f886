import { effect, type ReadonlySignal } from '@preact/signals';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import type { AccountView } from '../ui/account-store.ts';
import { clearPopupCache, savePopupCache, type CacheStorage } from './popup-cache.ts';

/**
 * Calls `then` once, when storage has answered for both the account and the task list (or after `timeoutMs`, so a
 * storage that never answers cannot leave the popup inert). The app waits for it before it replaces the pre-painted
 * markup: rendered earlier, it would show "checking" and skeleton rows in place of the rows on screen.
 */
export function whenStored(
  account: ReadonlySignal<AccountView>,
  tasks: ReadonlySignal<TaskSnapshot | null | undefined>,
  then: () => void,
  timeoutMs = 1000,
): void {
  let done = false;
  // Called from a timer or a microtask, after `timer` and `stop` are set.
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    stop();
    then();
  };
  const timer = setTimeout(finish, timeoutMs);
  const stop = effect(() => {
    if (account.value.status !== 'checking' && tasks.value !== undefined) queueMicrotask(finish);
  });
}

/**
 * Keeps the cache in step with the stored account and tasks: saved, with the markup `html()` reads once the popup
 * rendered them, while a signed-in account shows its own list; dropped at once when the account signs out or
 * another account than the cached one (`cachedSub`) is stored. Returns the function that stops following.
 */
export function followCache(
  account: ReadonlySignal<AccountView>,
  tasks: ReadonlySignal<TaskSnapshot | null | undefined>,
  storage: CacheStorage | undefined,
  options: { cachedSub?: string | undefined; html: () => string; delayMs?: number; now?: () => number },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cachedSub = options.cachedSub;
  const drop = () => {
    clearTimeout(timer);
    clearPopupCache(storage);
    cachedSub = undefined;
  };
  const stop = effect(() => {
    const current = account.value;
    const list = tasks.value;
    if (current.status === 'checking') return;
    if (current.status === 'signed-out') return drop();
    if (cachedSub !== undefined && cachedSub !== current.sub) drop();
    if (list === undefined) return;
    if (list === null || list.sub !== current.sub || list.takenAt <= 0) return drop();
    clearTimeout(timer);
    // After the popup rendered this list (signals re-render asynchronously).
    timer = setTimeout(() => {
      savePopupCache(storage, { sub: current.sub, html: options.html(), now: (options.now ?? Date.now)() });
      cachedSub = current.sub;
    }, options.delayMs ?? 50);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
