import { describe, expect, it } from 'vitest';
import { storedSession } from '../../../../src/background/session/session-store.ts';
import { queryOf, shareCalls, shareTree, useShareFake } from './harness.ts';

/** Shares without a session: read anonymously (pikpak-api.md §12.5), never saved. */
const h = useShareFake({ signedIn: false });

const captchaInits = () => h.fake.log.filter({ host: 'user', method: 'POST', path: '/v1/shield/captcha/init' });

describe('signed out', () => {
  it('opens and lists a share with no Authorization and a captcha token minted for user_id ""', async () => {
    expect(await storedSession.get()).toBeNull();
    const tree = shareTree(h.fake, h.sharer, { passCode: 'an01' });
    const summary = await h.send('shares.open', { shareId: tree.share.id, passCode: 'an01' });
    expect(summary).toMatchObject({ status: 'ok', title: 'Film.mp4', fileCount: 3 });
    const inside = await h.send('shares.list', { shareId: tree.share.id, parentId: tree.extras.id });
    expect(inside.items.map((item) => item.name)).toEqual(['Making of', 'Poster.png']);

    const calls = shareCalls(h.fake);
    expect(calls.map((entry) => entry.path)).toEqual(['/drive/v1/share', '/drive/v1/share/detail']);
    for (const entry of calls) {
      expect(entry.status).toBe(200);
      expect(entry.headers['authorization']).toBeUndefined();
      expect(entry.headers['x-captcha-token']).toMatch(/^ck0\./);
      expect(entry.headers['x-device-id']).toMatch(/^[0-9a-f]{32}$/);
    }
    const inits = captchaInits().map((entry) => entry.body as { action: string; meta: { user_id: string } });
    expect(inits.length).toBeGreaterThan(0);
    for (const init of inits) expect(init.meta.user_id).toBe('');
    expect(inits.map((init) => init.action)).toEqual(['GET:/drive/v1/share', 'GET:/drive/v1/share/detail']);
  });

  it('answers the links of a share’s files anonymously', async () => {
    const tree = shareTree(h.fake, h.sharer);
    const answer = await h.send('shares.links', {
      shareId: tree.share.id,
      files: [{ id: tree.notes.id, path: 'Notes.txt', size: 1000 }],
    });
    expect(answer.failed).toEqual([]);
    expect((await h.fake.fetch(answer.links[0]?.url ?? '')).status).toBe(200);
    const info = shareCalls(h.fake).find((entry) => entry.path === '/drive/v1/share/file_info');
    expect(queryOf(info, 'file_id')).toBe(tree.notes.id);
    expect(info?.headers['authorization']).toBeUndefined();
  });

  it('makes a new anonymous captcha token once when PikPak refuses one, and reads on', async () => {
    const tree = shareTree(h.fake, h.sharer);
    h.fake.control.faults.add({ kind: 'captcha-required', host: 'drive', path: '/drive/v1/share', times: 1 });
    expect((await h.send('shares.open', { shareId: tree.share.id })).status).toBe('ok');
    const opens = shareCalls(h.fake).filter((entry) => entry.path === '/drive/v1/share');
    expect(opens).toHaveLength(2);
    expect(opens[0]?.headers['x-captcha-token']).not.toBe(opens[1]?.headers['x-captcha-token']);
  });

  it('refuses to save a share: signed-out, and nothing is sent', async () => {
    const tree = shareTree(h.fake, h.sharer);
    await expect(
      h.send('shares.restore', { shareId: tree.share.id, fileIds: [tree.notes.id], toParentId: '' }),
    ).rejects.toMatchObject({ kind: 'signed-out' });
    expect(h.fake.log.count({ host: 'drive' })).toBe(0);
  });
});
