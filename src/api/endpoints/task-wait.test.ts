import { describe, expect, it } from 'vitest';
import type { CallSpec, PikPakClient } from '../client.ts';
import { PikPakError } from '../errors.ts';
import { waitForTask } from './task-wait.ts';

/** A client whose GET /drive/v1/tasks/{id} answers the given phases in turn, on a clock that sleeping moves. */
function stubClient(answers: (string | PikPakError)[], message = '') {
  let clock = 0;
  const asked: { at: number; path: string }[] = [];
  const slept: number[] = [];
  const client = {
    now: () => clock,
    call<T>(spec: CallSpec<T>): Promise<T> {
      asked.push({ at: clock, path: spec.path });
      const next = answers.shift() ?? 'PHASE_TYPE_RUNNING';
      if (next instanceof PikPakError) return Promise.reject(next);
      return Promise.resolve(spec.decode({ id: 'VTask', name: 'move', phase: next, message, file_size: '0' }));
    },
  } as unknown as PikPakClient;
  const sleep = (ms: number): Promise<void> => {
    slept.push(ms);
    clock += ms;
    return Promise.resolve();
  };
  return { client, asked, slept, sleep };
}

describe('waitForTask', () => {
  it('asks after 250 ms, then doubles the wait up to 2 s, until the task is complete', async () => {
    const phases = ['PHASE_TYPE_PENDING', ...Array<string>(6).fill('PHASE_TYPE_RUNNING'), 'PHASE_TYPE_COMPLETE'];
    const stub = stubClient(phases);
    const task = await waitForTask(stub.client, 'VTask', { sleep: stub.sleep });
    expect(task).toMatchObject({ id: 'VTask', phase: 'complete' });
    expect(stub.slept).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000, 2000]);
    expect(stub.asked.every((ask) => ask.path === '/drive/v1/tasks/VTask')).toBe(true);
  });

  it('rejects a task ending PHASE_TYPE_ERROR with the kind and words of PikPak’s message', async () => {
    const stub = stubClient(['PHASE_TYPE_RUNNING', 'PHASE_TYPE_ERROR'], 'File name cannot be repeated');
    const failure = waitForTask(stub.client, 'VTask', { sleep: stub.sleep });
    await expect(failure).rejects.toMatchObject({
      kind: 'name-conflict',
      endpoint: 'GET /drive/v1/tasks/VTask',
      detail: 'File name cannot be repeated',
      message: "PikPak's move task failed: File name cannot be repeated",
    });
    expect(stub.asked).toHaveLength(2);
  });

  it('gives up with kind timeout once the time is spent, the last wait cut to what was left', async () => {
    const stub = stubClient([]);
    const failure = waitForTask(stub.client, 'VTask', { sleep: stub.sleep, timeoutMs: 5_000 });
    await expect(failure).rejects.toMatchObject({ kind: 'timeout', detail: 'still running after 5000 ms' });
    expect(stub.slept).toEqual([250, 500, 1000, 2000, 1250]);
  });

  it('asks again after a retriable failure, but not after three in a row or a refusal', async () => {
    const network = () => new PikPakError({ kind: 'network', endpoint: 'GET /drive/v1/tasks/VTask' });
    const recovered = stubClient([network(), network(), 'PHASE_TYPE_COMPLETE']);
    await expect(waitForTask(recovered.client, 'VTask', { sleep: recovered.sleep })).resolves.toMatchObject({
      phase: 'complete',
    });
    const down = stubClient([network(), network(), network(), 'PHASE_TYPE_COMPLETE']);
    await expect(waitForTask(down.client, 'VTask', { sleep: down.sleep })).rejects.toMatchObject({ kind: 'network' });
    const gone = stubClient([new PikPakError({ kind: 'not-found', endpoint: 'GET /drive/v1/tasks/VTask' })]);
    await expect(waitForTask(gone.client, 'VTask', { sleep: gone.sleep })).rejects.toMatchObject({ kind: 'not-found' });
    expect(gone.asked).toHaveLength(1);
  });
});
