import { describe, expect, it } from 'vitest';
import { MAX_RECENT_SHARES, recentSharesItem, sharePassCodesItem } from '../../../../src/shared/shares.ts';
import { queryOf, shareCalls, shareTree, useShareFake } from './harness.ts';

/** shares.open and shares.list, signed in, against the fake (pikpak-api.md §8.1, §8.2, §12.5). */
const h = useShareFake();

describe('shares.open', () => {
  it('opens a share with the code of its ?pwd link: title, owner, count, size; remembered and recent', async () => {
    const { share, film } = shareTree(h.fake, h.sharer, { passCode: 'ab12' });
    const summary = await h.send('shares.open', { shareId: share.id, passCode: 'ab12' });
    expect(summary).toEqual({
      shareId: share.id,
      status: 'ok',
      title: film.name,
      owner: expect.stringContaining('**') as unknown,
      fileCount: 3,
      // Film.mp4 3000 + Notes.txt 1000; the folder counts nothing.
      size: 4000,
    });
    expect(await sharePassCodesItem.get()).toEqual({ [share.id]: 'ab12' });
    const [recent] = await recentSharesItem.get();
    expect(recent).toMatchObject({ shareId: share.id, title: 'Film.mp4', fileCount: 3 });
    const open = shareCalls(h.fake)[0];
    expect(open?.path).toBe('/drive/v1/share');
    expect(open?.query).toMatchObject({
      share_id: share.id,
      pass_code: 'ab12',
      limit: '100',
      thumbnail_size: 'SIZE_LARGE',
    });
    // Signed in: the user's own Authorization.
    expect(open?.headers['authorization']).toMatch(/^Bearer /);
  });

  it('answers pass-code-needed without a code, pass-code-wrong with a wrong one, and remembers the right one', async () => {
    const { share } = shareTree(h.fake, h.sharer, { passCode: 'k9k9' });
    const needed = await h.send('shares.open', { shareId: share.id });
    expect(needed).toMatchObject({ shareId: share.id, status: 'pass-code-needed' });
    expect(needed.title).toBeUndefined();
    const wrong = await h.send('shares.open', { shareId: share.id, passCode: 'nope' });
    expect(wrong).toMatchObject({ status: 'pass-code-wrong', statusText: 'The extraction code is incorrect' });
    expect(await sharePassCodesItem.get()).toEqual({});
    expect(await recentSharesItem.get()).toEqual([]);

    expect((await h.send('shares.open', { shareId: share.id, passCode: ' k9k9 ' })).status).toBe('ok');
    expect(await sharePassCodesItem.get()).toEqual({ [share.id]: 'k9k9' });
    h.fake.log.clear();
    // Opened again without a code: the remembered one is sent.
    expect((await h.send('shares.open', { shareId: share.id })).status).toBe('ok');
    expect(queryOf(shareCalls(h.fake)[0], 'pass_code')).toBe('k9k9');
  });

  it('forgets a remembered code PikPak now calls wrong (the owner changed it)', async () => {
    const { share } = shareTree(h.fake, h.sharer, { passCode: 'old1' });
    await sharePassCodesItem.set({ [share.id]: 'old1' });
    share.passCode = 'new2';
    expect((await h.send('shares.open', { shareId: share.id })).status).toBe('pass-code-wrong');
    expect(await sharePassCodesItem.get()).toEqual({});
  });

  it('keeps recent shares newest first, one entry per share, at most 50', async () => {
    const trees = [shareTree(h.fake, h.sharer), shareTree(h.fake, h.sharer)];
    await recentSharesItem.set(
      Array.from({ length: MAX_RECENT_SHARES }, (_, i) => ({ shareId: `VOld${i}`, title: `Old ${i}`, openedAt: i })),
    );
    for (const tree of [...trees, trees[0]]) await h.send('shares.open', { shareId: tree?.share.id ?? '' });
    const recent = await recentSharesItem.get();
    expect(recent).toHaveLength(MAX_RECENT_SHARES);
    expect(recent.slice(0, 3).map((each) => each.shareId)).toEqual([trees[0]?.share.id, trees[1]?.share.id, 'VOld0']);
  });

  it('refuses a payload without a share id before PikPak is asked', async () => {
    for (const payload of [{}, { shareId: '' }, { shareId: 'a/b' }, { shareId: 'VOk', passCode: 5 }]) {
      await expect(h.send('shares.open', payload as never)).rejects.toMatchObject({ kind: 'bad-request' });
    }
    expect(shareCalls(h.fake)).toEqual([]);
  });
});

describe('shares.forget', () => {
  it('drops the share from recent shares with its pass code and token; other shares stay', async () => {
    const kept = shareTree(h.fake, h.sharer);
    const gone = shareTree(h.fake, h.sharer, { passCode: 'fg01' });
    await h.send('shares.open', { shareId: kept.share.id });
    await h.send('shares.open', { shareId: gone.share.id, passCode: 'fg01' });
    await h.send('shares.forget', { shareId: gone.share.id });
    expect((await recentSharesItem.get()).map((each) => each.shareId)).toEqual([kept.share.id]);
    expect(await sharePassCodesItem.get()).toEqual({});
    // No token either: reading into it asks for the code again.
    await expect(h.send('shares.list', { shareId: gone.share.id })).rejects.toMatchObject({ kind: 'share-pass-code' });
  });
});

describe('shares.list', () => {
  it('lists the top level and a sub-folder with the pass-code token of the open', async () => {
    const { share, extras, poster, makingOf } = shareTree(h.fake, h.sharer, { passCode: 'zz11' });
    await h.send('shares.open', { shareId: share.id, passCode: 'zz11' });
    const opened = shareCalls(h.fake).length;
    const top = await h.send('shares.list', { shareId: share.id });
    expect(top.items.map((item) => item.name)).toEqual(['Film.mp4', 'Notes.txt', 'Extras']);
    expect(top.nextPageToken).toBeUndefined();
    const inside = await h.send('shares.list', { shareId: share.id, parentId: extras.id });
    expect(inside.items.map(({ id, name, kind }) => ({ id, name, kind }))).toEqual([
      { id: makingOf.id, name: 'Making of', kind: 'folder' },
      { id: poster.id, name: 'Poster.png', kind: 'file' },
    ]);
    const [, detailTop, detailSub] = shareCalls(h.fake).slice(opened - 1);
    expect(detailTop?.path).toBe('/drive/v1/share/detail');
    expect(detailTop?.query).toMatchObject({ share_id: share.id, parent_id: '', with_audit: 'true' });
    expect(JSON.parse(String(queryOf(detailTop, 'filters')))).toEqual({
      phase: { eq: 'PHASE_TYPE_COMPLETE' },
      trashed: { eq: false },
    });
    expect(queryOf(detailSub, 'parent_id')).toBe(extras.id);
    // The token the open answered, not opened again.
    expect(queryOf(detailSub, 'pass_code_token')).toBe(queryOf(detailTop, 'pass_code_token'));
    expect(String(queryOf(detailSub, 'pass_code_token'))).not.toBe('');
    expect(shareCalls(h.fake).filter((entry) => entry.path === '/drive/v1/share')).toHaveLength(1);
  });

  it('opens a share it holds no token for with the remembered code first (a restarted worker)', async () => {
    const { share } = shareTree(h.fake, h.sharer, { passCode: 'rr77' });
    await sharePassCodesItem.set({ [share.id]: 'rr77' });
    const top = await h.send('shares.list', { shareId: share.id, parentId: '' });
    expect(top.items).toHaveLength(3);
    const [open, detail] = shareCalls(h.fake);
    expect(open?.path).toBe('/drive/v1/share');
    expect(queryOf(open, 'pass_code')).toBe('rr77');
    expect(detail?.path).toBe('/drive/v1/share/detail');
  });

  it('opens the share again with the remembered code when its token went stale, and lists once more', async () => {
    const { share, extras } = shareTree(h.fake, h.sharer, { passCode: 'one1' });
    await h.send('shares.open', { shareId: share.id, passCode: 'one1' });
    // The owner changes the code; the user gives the new one on another page, so it is remembered.
    share.passCode = 'two2';
    await sharePassCodesItem.set({ [share.id]: 'two2' });
    h.fake.log.clear();
    const inside = await h.send('shares.list', { shareId: share.id, parentId: extras.id });
    expect(inside.items).toHaveLength(2);
    expect(shareCalls(h.fake).map((entry) => entry.path)).toEqual([
      '/drive/v1/share/detail',
      '/drive/v1/share',
      '/drive/v1/share/detail',
    ]);
  });

  it('rejects with share-pass-code when no code is known, and never retries more than once', async () => {
    const { share } = shareTree(h.fake, h.sharer, { passCode: 'qq22' });
    await expect(h.send('shares.list', { shareId: share.id })).rejects.toMatchObject({ kind: 'share-pass-code' });
    expect(shareCalls(h.fake).map((entry) => entry.path)).toEqual(['/drive/v1/share']);
  });
});
