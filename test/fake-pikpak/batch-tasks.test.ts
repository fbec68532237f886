import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, DRIVE, driveHeaders, filters } from './test-helpers.ts';
import type { FileList, TaskIdBody, WireTask } from './test-wire.ts';

/** control.batchTasks: batch tasks that end PHASE_TYPE_ERROR, and star/unstar as the starred view sees them. */
let fake: FakePikPak;
let headers: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  headers = driveHeaders(fake, fake.control.issueSession().access_token);
});
afterAll(() => fake.close());
afterEach(() => fake.control.batchTasks.clearFailures());

const post = (verb: string, json: unknown) =>
  call<TaskIdBody>(fake, 'POST', `${DRIVE}/drive/v1/files:${verb}`, { headers, json });
const task = (id: string) => call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${id}`, { headers });
const settle = () => fake.control.clock.advance(fake.control.asyncTaskDelayMs);

describe('control.batchTasks.failNext', () => {
  it('makes the next matching task end PHASE_TYPE_ERROR with its message after the delay, changing nothing', async () => {
    const file = fake.control.files.add({ parentId: '', name: 'stay.txt', kind: 'drive#file', size: 3 });
    fake.control.batchTasks.failNext({ type: 'trash', message: 'Storage space is not enough' });
    const res = await post('batchTrash', { ids: [file.id] });
    expect(res.status).toBe(200);
    expect((await task(res.body.task_id)).body.phase).toBe('PHASE_TYPE_PENDING');
    settle();
    const failed = await task(res.body.task_id);
    expect(failed.body).toMatchObject({
      kind: 'drive#task',
      id: res.body.task_id,
      type: 'trash',
      phase: 'PHASE_TYPE_ERROR',
      message: 'Storage space is not enough',
      progress: 0,
      file_size: '0',
    });
    expect(fake.control.files.get(file.id)?.trashed).toBe(false);
    // Only once: the next trash completes.
    const again = await post('batchTrash', { ids: [file.id] });
    settle();
    expect((await task(again.body.task_id)).body.phase).toBe('PHASE_TYPE_COMPLETE');
    expect(fake.control.files.get(file.id)?.trashed).toBe(true);
  });

  it('keeps to its type, lets `skip` tasks complete first and fails `times` tasks', async () => {
    const file = fake.control.files.add({ parentId: '', name: 'copy-me.txt', kind: 'drive#file', size: 3 });
    const into = fake.control.files.add({ parentId: '', name: 'Copies', kind: 'drive#folder' });
    const other = fake.control.files.add({ parentId: '', name: 'other.txt', kind: 'drive#file', size: 3 });
    fake.control.batchTasks.failNext({ type: 'copy', skip: 1, times: 2 });
    // A task of another type is not taken.
    const trash = await post('batchTrash', { ids: [other.id] });
    settle();
    expect((await task(trash.body.task_id)).body.phase).toBe('PHASE_TYPE_COMPLETE');
    const phases: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await post('batchCopy', { ids: [file.id], to: { parent_id: into.id } });
      settle();
      phases.push((await task(res.body.task_id)).body.phase);
    }
    expect(phases).toEqual(['PHASE_TYPE_COMPLETE', 'PHASE_TYPE_ERROR', 'PHASE_TYPE_ERROR', 'PHASE_TYPE_COMPLETE']);
    expect(fake.control.batchTasks.list().filter((t) => t.failMessage === 'Operation failed')).toHaveLength(2);
    expect(fake.control.files.children(into.id)).toHaveLength(2);
  });
});

describe('star and unstar', () => {
  it('set the `starred` flag that lists show and the starred view (system_tag in STAR) filters on', async () => {
    const file = fake.control.files.add({ parentId: '', name: 'shine.txt', kind: 'drive#file', size: 3 });
    const starredView = async () => {
      const query = `parent_id=*&filters=${filters({ trashed: { eq: false }, system_tag: { in: 'STAR' } })}`;
      const res = await call<FileList>(fake, 'GET', `${DRIVE}/drive/v1/files?${query}`, { headers });
      return res.body.files.filter((f) => f.id === file.id).map((f) => f.starred);
    };
    expect(await starredView()).toEqual([]);
    await call(fake, 'POST', `${DRIVE}/drive/v1/files:star`, { headers, json: { ids: [file.id] } });
    expect(await starredView()).toEqual([true]);
    await call(fake, 'POST', `${DRIVE}/drive/v1/files:unstar`, { headers, json: { ids: [file.id] } });
    expect(await starredView()).toEqual([]);
  });
});
