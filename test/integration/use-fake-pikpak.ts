import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFakePikPak, type FakePikPak, type FakePikPakOptions } from '../fake-pikpak/index.ts';

/**
 * One fake PikPak for a test file: started before its tests (plain HTTP by default), closed after them, with an
 * empty request log before each test and no faults left over after each. Call it at the top of the file; the
 * returned object stands for the running fake from `beforeAll` on.
 */
export function useFakePikPak(options: FakePikPakOptions = { https: false }): FakePikPak {
  let running: FakePikPak | undefined;
  beforeAll(async () => {
    running = await startFakePikPak(options);
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.log.clear());
  afterEach(() => running?.control.faults.clear());
  return new Proxy({} as FakePikPak, {
    get(_, key) {
      if (running === undefined)
        throw new Error('The fake PikPak is started in beforeAll: use it inside tests and hooks');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running) : value;
    },
  });
}
