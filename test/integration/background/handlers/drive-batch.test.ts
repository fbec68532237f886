import { beforeAll, describe, expect, it } from 'vitest';
import { createDriveBrowseHandlers } from '../../../../src/background/handlers/drive-browse.ts';
import { captchaInits } from '../../api/helpers.ts';
import { driveCalls, FILES, useDriveFake } from './drive-harness.ts';

/**
 * drive.batch and drive.emptyTrash against the fake: the batch verbs of pikpak-api.md §7.4 with their exact bodies,
 * 100 ids a call, each call's task waited for with GET /drive/v1/tasks/{id} (§6.2, §12.4) before the answer.
 * Tasks here complete after 40 ms of the fake's clock and are asked for every 20–80 ms.
 */
const drive = useDriveFake('basic', { taskWait: { firstDelayMs: 20, maxDelayMs: 80, timeoutMs: 5_000 } });
const control = () => drive.fake.control;
const TASK = /^\/drive\/v1\/tasks\/V/;

beforeAll(() => {
  control().asyncTaskDelayMs = 40;
});

/** `count` new files in a new folder at the root. */
function makeFiles(folderName: string, count: number): { folder: string; ids: string[] } {
  const folder = control().files.add({ parentId: '', name: folderName, kind: 'drive#folder' });
  const ids = Array.from(
    { length: count },
    (_, i) => control().files.add({ parentId: folder.id, name: `${folderName} ${i}.txt`, kind: 'drive#file' }).id,
  );
  return { folder: folder.id, ids };
}

/** The task ids PikPak answered, in order, with the polls of each. */
function taskPolls(): Map<string, number> {
  const polls = new Map<string, number>();
  for (const entry of drive.fake.log.filter({ method: 'GET', path: TASK })) {
    const id = entry.path.split('/').at(-1) ?? '';
    polls.set(id, (polls.get(id) ?? 0) + 1);
  }
  return polls;
}

describe('drive.batch: the requests', () => {
  it('moves with POST files:batchMove {ids, to:{parent_id}}, waits for the task, then answers', async () => {
    const { ids } = makeFiles('Inbox', 2);
    const target = control().files.add({ parentId: '', name: 'Archive', kind: 'drive#folder' }).id;
    expect(await drive.send('drive.batch', { operation: 'move', ids, toParentId: target })).toEqual({ done: 2 });
    const post = drive.fake.log.last({ method: 'POST', path: `${FILES}:batchMove` });
    expect(post?.body).toEqual({ ids, to: { parent_id: target } });
    const taskId = (drive.fake.log.last({ method: 'GET', path: TASK })?.path ?? '').split('/').at(-1) ?? '';
    expect(control().batchTasks.get(taskId)).toMatchObject({ type: 'move', phase: 'PHASE_TYPE_COMPLETE' });
    // The answer comes after the task is complete: the move is visible.
    expect(ids.map((id) => control().files.get(id)?.parentId)).toEqual([target, target]);
    const calls = driveCalls(drive.fake);
    expect(calls[0]).toBe(`POST ${FILES}:batchMove`);
    expect(calls.slice(1).every((call) => call === `GET /drive/v1/tasks/${taskId}`)).toBe(true);
  });

  it('copies into My Drive with to:{parent_id:""}', async () => {
    const { ids } = makeFiles('Copy me', 1);
    expect(await drive.send('drive.batch', { operation: 'copy', ids, toParentId: '' })).toEqual({ done: 1 });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:batchCopy` })?.body).toEqual({
      ids,
      to: { parent_id: '' },
    });
    expect(
      control()
        .files.children('')
        .map((file) => file.name),
    ).toContain('Copy me 0.txt');
  });

  it('trashes, restores and deletes for good with {ids} bodies; the views follow', async () => {
    const { ids } = makeFiles('Bin', 2);
    await drive.send('drive.batch', { operation: 'trash', ids });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:batchTrash` })?.body).toEqual({ ids });
    const trash = await drive.send('drive.list', { view: { kind: 'trash' } });
    expect(trash.items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));

    await drive.send('drive.batch', { operation: 'restore', ids: [ids[0] ?? ''] });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:batchUntrash` })?.body).toEqual({ ids: [ids[0]] });
    expect(control().files.get(ids[0] ?? '')?.trashed).toBe(false);

    await drive.send('drive.batch', { operation: 'deleteForever', ids: [ids[1] ?? ''] });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:batchDelete` })?.body).toEqual({ ids: [ids[1]] });
    expect(control().files.get(ids[1] ?? '')).toBeUndefined();
    expect(taskPolls().size).toBe(3);
  });

  it('stars and unstars with files:star / files:unstar {ids}: no task, and the starred view follows', async () => {
    const { ids } = makeFiles('Shiny', 2);
    expect(await drive.send('drive.batch', { operation: 'star', ids })).toEqual({ done: 2 });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:star` })?.body).toEqual({ ids });
    expect(ids.map((id) => control().files.get(id)?.starred)).toEqual([true, true]);
    const starred = await drive.send('drive.list', { view: { kind: 'starred' } });
    expect(starred.items.filter((item) => ids.includes(item.id))).toHaveLength(2);

    await drive.send('drive.batch', { operation: 'unstar', ids: [ids[0] ?? ''] });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:unstar` })?.body).toEqual({ ids: [ids[0]] });
    expect(control().files.get(ids[0] ?? '')?.starred).toBe(false);
    expect(taskPolls().size).toBe(0);
  });

  it('sends 250 ids as 100 + 100 + 50, each call after the previous task completed', async () => {
    const { ids } = makeFiles('Lots', 250);
    expect(await drive.send('drive.batch', { operation: 'trash', ids })).toEqual({ done: 250 });
    const posts = drive.fake.log.filter({ method: 'POST', path: `${FILES}:batchTrash` });
    expect(posts.map((post) => (post.body as { ids: string[] }).ids.length)).toEqual([100, 100, 50]);
    expect(posts.flatMap((post) => (post.body as { ids: string[] }).ids)).toEqual(ids);
    // Between two calls, the first call's task was asked for until it was complete.
    const tasks = [...taskPolls().keys()];
    expect(tasks).toHaveLength(3);
    for (const [index, post] of posts.slice(1).entries()) {
      const previous = tasks[index] ?? '';
      const lastPoll = drive.fake.log.last({ method: 'GET', path: `/drive/v1/tasks/${previous}` });
      const task = control().batchTasks.get(previous);
      expect(lastPoll?.seq).toBeLessThan(post.seq);
      // That last ask came once the task had completed, so it was answered PHASE_TYPE_COMPLETE.
      expect(lastPoll?.time).toBeGreaterThanOrEqual(task?.completeAtMs ?? Infinity);
      expect(task?.phase).toBe('PHASE_TYPE_COMPLETE');
    }
    expect(ids.every((id) => control().files.get(id)?.trashed)).toBe(true);
  });

  it('sends each id once when the page repeats one', async () => {
    const { ids } = makeFiles('Twice', 2);
    expect(await drive.send('drive.batch', { operation: 'star', ids: [...ids, ...ids] })).toEqual({ done: 2 });
    expect(drive.fake.log.last({ method: 'POST', path: `${FILES}:star` })?.body).toEqual({ ids });
  });

  it('works when PikPak asks a captcha token of every call and binds it to its action', async () => {
    control().captcha.requireOnAllDriveCalls = true;
    control().captcha.bindAction = true;
    try {
      const { ids } = makeFiles('Guarded', 1);
      const target = control().files.add({ parentId: '', name: 'Guarded target', kind: 'drive#folder' }).id;
      await drive.send('drive.batch', { operation: 'move', ids, toParentId: target });
      await drive.send('drive.emptyTrash', undefined);
      expect(drive.fake.log.filter({ host: 'drive' }).every((entry) => entry.status === 200)).toBe(true);
      expect(captchaInits(drive.fake).map((init) => init.action)).toEqual(
        expect.arrayContaining([
          'POST:/drive/v1/files:batchMove',
          'GET:/drive/v1/tasks',
          'PATCH:/drive/v1/files/trash:empty',
        ]),
      );
    } finally {
      control().captcha.requireOnAllDriveCalls = false;
      control().captcha.bindAction = false;
    }
  });
});

describe('drive.batch: refusals and failures', () => {
  it('rejects with the kind read from PikPak’s message when the task ends PHASE_TYPE_ERROR, changing nothing', async () => {
    const { ids } = makeFiles('Too big', 2);
    control().batchTasks.failNext({ type: 'copy', message: 'Storage space is not enough' });
    const failure = drive.send('drive.batch', { operation: 'copy', ids, toParentId: '' });
    await expect(failure).rejects.toMatchObject({
      kind: 'storage-full',
      message: expect.stringContaining('Storage space is not enough') as string,
    });
    const polled = drive.fake.log.last({ method: 'GET', path: TASK });
    expect(control().batchTasks.get(polled?.path.split('/').at(-1) ?? '')?.phase).toBe('PHASE_TYPE_ERROR');
    expect(
      control()
        .files.children('')
        .map((file) => file.name),
    ).not.toContain('Too big 0.txt');

    control().batchTasks.failNext({ message: 'Something odd happened' });
    await expect(drive.send('drive.batch', { operation: 'trash', ids })).rejects.toMatchObject({ kind: 'server' });
  });

  it('stops at a failed chunk: the chunks before it are done, none after it is sent', async () => {
    const { ids } = makeFiles('Half', 250);
    control().batchTasks.failNext({ type: 'trash', skip: 1, message: 'File not found' });
    await expect(drive.send('drive.batch', { operation: 'trash', ids })).rejects.toMatchObject({ kind: 'not-found' });
    expect(drive.fake.log.count({ method: 'POST', path: `${FILES}:batchTrash` })).toBe(2);
    expect(ids.filter((id) => control().files.get(id)?.trashed)).toEqual(ids.slice(0, 100));
  });

  it('passes on PikPak’s refusal to move a folder into itself as invalid-destination', async () => {
    const outer = control().files.add({ parentId: '', name: 'Outer', kind: 'drive#folder' });
    const inner = control().files.add({ parentId: outer.id, name: 'Inner', kind: 'drive#folder' });
    await expect(
      drive.send('drive.batch', { operation: 'move', ids: [outer.id], toParentId: inner.id }),
    ).rejects.toMatchObject({ kind: 'invalid-destination' });
    expect(drive.fake.log.count({ method: 'GET', path: TASK })).toBe(0);
  });

  it('gives up with kind timeout when the task does not end in time', async () => {
    const slow = useSlowHandlers();
    const { ids } = makeFiles('Slow', 1);
    control().asyncTaskDelayMs = 60_000;
    try {
      await expect(slow['drive.batch']({ operation: 'trash', ids }, {})).rejects.toMatchObject({ kind: 'timeout' });
    } finally {
      control().asyncTaskDelayMs = 40;
    }
    expect(drive.fake.log.count({ method: 'GET', path: TASK })).toBeGreaterThanOrEqual(2);
  });

  it('refuses malformed batches without calling PikPak', async () => {
    const id = drive.fake.seedIds.files['readme'] ?? '';
    const bad: unknown[] = [
      undefined,
      { operation: 'trash', ids: [] },
      { operation: 'trash', ids: 'a' },
      { operation: 'trash', ids: [id, ''] },
      { operation: 'trash', ids: ['*'] },
      { operation: 'trash', ids: Array.from({ length: 10_001 }, (_, i) => `V${i}`) },
      { operation: 'shred', ids: [id] },
      { operation: 'move', ids: [id] },
      { operation: 'copy', ids: [id], toParentId: '*' },
    ];
    for (const payload of bad) {
      await expect(
        drive.send('drive.batch', payload as never),
        JSON.stringify(payload)?.slice(0, 60),
      ).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    expect(driveCalls(drive.fake)).toEqual([]);
  });
});

describe('drive.emptyTrash', () => {
  it('sends PATCH /drive/v1/files/trash:empty with {}, waits for the task, and the trash is empty', async () => {
    const { ids } = makeFiles('Rubbish', 3);
    await drive.send('drive.batch', { operation: 'trash', ids });
    drive.fake.log.clear();
    expect(await drive.send('drive.emptyTrash', undefined)).toBeUndefined();
    const request = drive.fake.log.last({ method: 'PATCH' });
    expect(request?.path).toBe(`${FILES}/trash:empty`);
    expect(request?.body).toEqual({});
    expect(taskPolls().size).toBe(1);
    expect(ids.map((id) => control().files.get(id))).toEqual([undefined, undefined, undefined]);
    expect((await drive.send('drive.list', { view: { kind: 'trash' } })).items).toEqual([]);
  });

  it('rejects when the emptying task fails', async () => {
    control().batchTasks.failNext({ type: 'empty_trash', message: 'Operation failed' });
    await expect(drive.send('drive.emptyTrash', undefined)).rejects.toMatchObject({ kind: 'server' });
  });
});

describe('the default wait', () => {
  it('asks at 250 ms and again 500 ms later for a task PikPak finishes in 300 ms', async () => {
    const handlers = createDriveBrowseHandlers();
    const { ids } = makeFiles('Default wait', 1);
    control().asyncTaskDelayMs = 300;
    try {
      const started = Date.now();
      await handlers['drive.batch']({ operation: 'trash', ids }, {});
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(750);
      expect(elapsed).toBeLessThan(1_500);
    } finally {
      control().asyncTaskDelayMs = 40;
    }
    const polls = drive.fake.log.filter({ method: 'GET', path: TASK });
    expect(polls).toHaveLength(2);
    const post = drive.fake.log.last({ method: 'POST', path: `${FILES}:batchTrash` });
    const gaps = [polls[0]!.time - post!.time, polls[1]!.time - polls[0]!.time];
    expect(gaps[0]).toBeGreaterThanOrEqual(240);
    expect(gaps[1]).toBeGreaterThanOrEqual(490);
  });
});

function useSlowHandlers() {
  return createDriveBrowseHandlers({ taskWait: { firstDelayMs: 20, maxDelayMs: 40, timeoutMs: 150 } });
}
