import browser from 'webextension-polyfill';

export type StorageAreaName = 'local' | 'session' | 'sync';

export interface StorageItem<T> {
  readonly key: string;
  readonly area: StorageAreaName;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value (the default when removed) until `signal` aborts. */
  onChanged(callback: (value: T) => void, signal?: AbortSignal): void;
}

/**
 * Declares one storage item. Stored data is input like any other: a value that fails `isValid` is reported
 * and read as the default, so a corrupt or outdated entry never breaks a page.
 */
export function defineItem<T>(
  area: StorageAreaName,
  key: string,
  fallback: T,
  isValid: (value: unknown) => value is T,
): StorageItem<T> {
  const storageArea = () => browser.storage[area];
  const read = (value: unknown): T => {
    if (value === undefined) return fallback;
    if (isValid(value)) return value;
    console.warn(`Ignoring an invalid stored value for "${key}"`);
    return fallback;
  };
  return {
    key,
    area,
    async get() {
      const stored = await storageArea().get(key);
      return read(stored[key]);
    },
    async set(value) {
      await storageArea().set({ [key]: value });
    },
    async remove() {
      await storageArea().remove(key);
    },
    onChanged(callback, signal) {
      const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
        const change = changes[key];
        if (areaName === area && change !== undefined) callback(read(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}

/** For storage validators: any non-null object (a stored value is only trusted after its fields are checked). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Writes several items of one area in a single `set`, so a worker stopped in between cannot leave half of them. */
export async function setTogether(
  area: StorageAreaName,
  entries: readonly (readonly [StorageItem<unknown>, unknown])[],
): Promise<void> {
  const values: Record<string, unknown> = {};
  for (const [item, value] of entries) {
    if (item.area !== area) throw new Error(`${item.key} is not in storage.${area}`);
    values[item.key] = value;
  }
  await browser.storage[area].set(values);
}

/** Removes one key of an item that maps ids to values, and returns what it held (undefined when it was not there). */
export async function takeFromRecord<T>(item: StorageItem<Record<string, T>>, key: string): Promise<T | undefined> {
  const record = await item.get();
  if (!Object.hasOwn(record, key)) return undefined;
  const rest = { ...record };
  const taken = rest[key];
  delete rest[key];
  await item.set(rest);
  return taken;
}
