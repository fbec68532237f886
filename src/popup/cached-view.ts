import { computed, effect, type ReadonlySignal } from '@preact/signals';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import type { AccountView } from '../ui/account-store.ts';
import { clearPopupCache, savePopupCache, type CacheStorage, type PopupCache } from './popup-cache.ts';

/**
 * What the popup renders before `browser.storage` answered: the cached account and its tasks (popup-cache.ts), then
 * the stored ones. The cached tasks are shown only with their own account, and only until the stored list arrives.
 */
export function withCache(
  account: ReadonlySignal<AccountView>,
  tasks: ReadonlySignal<TaskSnapshot | null | undefined>,
  cached: PopupCache | null,
): { account: ReadonlySignal<AccountView>; tasks: ReadonlySignal<TaskSnapshot | null | undefined> } {
  const shownAccount = computed(() => (account.value.status === 'checking' && cached ? cached.account : account.value));
  const shownTasks = computed(() => {
    const stored = tasks.value;
    if (stored !== undefined || !cached) return stored;
    const shown = shownAccount.value;
    return shown.status === 'signed-in' && shown.sub === cached.tasks.sub ? cached.tasks : undefined;
  });
  return { account: shownAccount, tasks: shownTasks };
}

/**
 * Keeps the cache in step with the stored account and tasks (never with the cached ones): saved, with the markup
 * `html()` reads once the popup rendered them, while a signed-in account shows its own list; dropped at once when
 * the account signs out or another account is stored. Returns the function that stops following.
 */
export function followCache(
  account: ReadonlySignal<AccountView>,
  tasks: ReadonlySignal<TaskSnapshot | null | undefined>,
  storage: CacheStorage | undefined,
  options: { cached: PopupCache | null; html: () => string; delayMs?: number; now?: () => number },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cachedSub = options.cached?.account.sub;
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
      savePopupCache(storage, {
        account: current,
        tasks: list,
        html: options.html(),
        now: (options.now ?? Date.now)(),
      });
      cachedSub = current.sub;
    }, options.delayMs ?? 50);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
