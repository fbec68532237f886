import { describe, expect, it } from 'vitest';
import { passCodeToken } from '../../../fake-pikpak/drive/shares.ts';
import { shareTree, useShareFake } from './harness.ts';

/** shares.restore against the fake (pikpak-api.md §8.4, §12.5): the body, the task waited for, the new ids. */
const h = useShareFake();

const restoreBodies = () =>
  h.fake.log.filter({ method: 'POST', path: '/drive/v1/share/restore' }).map((entry) => entry.body);

function folder(name: string) {
  return h.fake.control.files.add({ parentId: '', name, kind: 'drive#folder' });
}

describe('shares.restore', () => {
  it('saves a sub-folder into the chosen folder: share id, pass-code token, ids and target sent; the task waited for', async () => {
    const tree = shareTree(h.fake, h.sharer, { passCode: 'rs01' });
    await h.send('shares.open', { shareId: tree.share.id, passCode: 'rs01' });
    // The token the open answered (the fake's own, as PikPak derives it from the share and its code).
    const token = passCodeToken(h.fake.state, tree.share);
    const target = folder('Saved here');
    h.fake.log.clear();

    const answer = await h.send('shares.restore', {
      shareId: tree.share.id,
      fileIds: [tree.extras.id],
      toParentId: target.id,
    });

    expect(restoreBodies()).toEqual([
      {
        share_id: tree.share.id,
        pass_code_token: token,
        file_ids: [tree.extras.id],
        ancestor_ids: [],
        // Both target forms public clients send, naming the same folder (pikpak-api.md §8.4).
        parent_id: target.id,
        specify_parent_id: true,
        to: { parent_id: target.id },
        params: { trace_file_ids: '*' },
      },
    ]);
    // RESTORE_START: the answer came only after the task ended, and names the copy, now in the target folder.
    const task = h.fake.control.batchTasks
      .list()
      .find((each) => each.type === 'restore' && each.fileId === answer.fileIds[0]);
    expect(task?.phase).toBe('PHASE_TYPE_COMPLETE');
    expect(h.fake.log.count({ method: 'GET', path: `/drive/v1/tasks/${task?.id ?? ''}` })).toBeGreaterThan(0);
    const [saved] = h.fake.control.files.children(target.id);
    expect(answer.fileIds).toEqual([saved?.id]);
    expect(saved?.name).toBe('Extras');
    expect(
      h.fake.control.files
        .children(saved?.id ?? '')
        .map((file) => file.name)
        .sort(),
    ).toEqual(['Making of', 'Poster.png']);
  });

  it('saves into My Drive itself when that is the choice, not into PikPak’s "Pack From Shared"', async () => {
    const tree = shareTree(h.fake, h.sharer);
    const answer = await h.send('shares.restore', { shareId: tree.share.id, fileIds: [tree.notes.id], toParentId: '' });
    const saved = h.fake.control.files.get(answer.fileIds[0] ?? '');
    expect(saved).toMatchObject({ name: 'Notes.txt', parentId: '' });
    expect(h.fake.control.files.find('Pack From Shared')).toBeUndefined();
  });

  it('saves everything at the share’s top level when no ids are given, naming each', async () => {
    const tree = shareTree(h.fake, h.sharer);
    const target = folder('All of it');
    const answer = await h.send('shares.restore', { shareId: tree.share.id, fileIds: [], toParentId: target.id });
    expect(restoreBodies()).toMatchObject([{ file_ids: [tree.film.id, tree.notes.id, tree.extras.id] }]);
    const saved = h.fake.control.files.children(target.id);
    expect(saved.map((file) => file.name).sort()).toEqual(['Extras', 'Film.mp4', 'Notes.txt']);
    expect([...answer.fileIds].sort()).toEqual(saved.map((file) => file.id).sort());
  });

  it('takes the ids of a copy PikPak finished at once (RESTORE_COMPLETE) without waiting for a task', async () => {
    const tree = shareTree(h.fake, h.sharer);
    const target = folder('At once');
    h.fake.control.asyncTaskDelayMs = 0;
    try {
      const answer = await h.send('shares.restore', {
        shareId: tree.share.id,
        fileIds: [tree.notes.id, tree.film.id],
        toParentId: target.id,
      });
      const saved = h.fake.control.files.children(target.id);
      expect(answer.fileIds).toEqual([
        saved.find((file) => file.name === 'Notes.txt')?.id,
        saved.find((file) => file.name === 'Film.mp4')?.id,
      ]);
      expect(h.fake.log.count({ method: 'GET', path: /^\/drive\/v1\/tasks\// })).toBe(0);
    } finally {
      h.fake.control.asyncTaskDelayMs = 300;
    }
  });

  it('rejects with the kind PikPak’s failed task names, and refuses one’s own share as own-share', async () => {
    const tree = shareTree(h.fake, h.sharer);
    h.fake.control.batchTasks.failNext({ type: 'restore', message: 'Storage space is not enough' });
    await expect(
      h.send('shares.restore', { shareId: tree.share.id, fileIds: [tree.notes.id], toParentId: '' }),
    ).rejects.toMatchObject({ kind: 'storage-full' });

    const mine = shareTree(h.fake, h.fake.control.accounts.default.sub);
    expect((await h.send('shares.open', { shareId: mine.share.id })).own).toBeUndefined();
    await expect(
      h.send('shares.restore', { shareId: mine.share.id, fileIds: [mine.notes.id], toParentId: '' }),
    ).rejects.toMatchObject({ kind: 'own-share' });
    // PikPak said so: the share is known as the user's own from now on, and not sent again.
    expect((await h.send('shares.open', { shareId: mine.share.id })).own).toBe(true);
    await expect(
      h.send('shares.restore', { shareId: mine.share.id, fileIds: [], toParentId: '' }),
    ).rejects.toMatchObject({ kind: 'own-share' });
    expect(restoreBodies()).toHaveLength(2);
  });

  it('refuses a payload without a target or with bad ids before PikPak is asked', async () => {
    for (const payload of [
      { shareId: 'VShare', fileIds: [] },
      { shareId: 'VShare', fileIds: 'x', toParentId: '' },
      { shareId: 'VShare', fileIds: [''], toParentId: '' },
    ]) {
      await expect(h.send('shares.restore', payload as never)).rejects.toMatchObject({ kind: 'bad-request' });
    }
    expect(h.fake.log.count({ host: 'drive' })).toBe(0);
  });
});
