import { describe, expect, it } from 'vitest';
import { BATCH_PARALLEL, createBatchStore, folderNameOf, type BatchRow } from './batch-store.ts';
import { fakeBatchDeps, type FakeShare } from './test/fake-batch-deps.ts';

const TARGET = { id: 'VTarget', name: 'From the forum' };

/** Lets every answer the fake has already decided reach the store. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(
  shares: Record<string, FakeShare>,
  links: { shareId: string; passCode?: string }[] = Object.keys(shares).map((shareId) => ({ shareId })),
) {
  const fake = fakeBatchDeps(shares);
  const store = createBatchStore(fake.deps);
  store.load(links.map((link) => ({ url: `https://mypikpak.com/s/${link.shareId}`, ...link })));
  const row = (shareId: string) => store.rows.value.find((each) => each.shareId === shareId) as BatchRow;
  return { fake, store, row };
}

const many = (count: number, share: FakeShare = {}) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`VS${String(i).padStart(2, '0')}`, { ...share }]));

describe('opening a batch', () => {
  it(`opens ${BATCH_PARALLEL} shares at a time, in the pasted order, each row loading until its answer`, async () => {
    const { fake, store, row } = setUp(many(8));
    fake.hold();
    expect(store.rows.value.map((each) => each.open.phase)).toEqual(Array(8).fill('opening'));
    await settle();
    expect(fake.waitingCount()).toBe(BATCH_PARALLEL);
    fake.release();
    await settle();
    expect(fake.mostAtOnce()).toBe(BATCH_PARALLEL);
    expect(fake.callsOf('open').map((call) => call.args[0])).toEqual(Object.keys(many(8)));
    expect(row('VS07').open).toMatchObject({ phase: 'open', summary: { status: 'ok', title: 'VS07' } });
  });

  it('opens with the pasted pass code, and again first with the one the user types', async () => {
    const { fake, store, row } = setUp({ ...many(6), VCode: { passCode: 'ab12' } }, [
      ...Object.keys(many(6)).map((shareId) => ({ shareId })),
      { shareId: 'VCode', passCode: 'wrong' },
    ]);
    await settle();
    expect(row('VCode').open).toMatchObject({ summary: { status: 'pass-code-wrong' } });
    fake.hold();
    const later = ['VL1', 'VL2', 'VL3', 'VL4'];
    store.load([...store.rows.value, ...later.map((shareId) => ({ shareId, url: 'x' }))]);
    const typed = store.reopen('VCode', 'ab12');
    await settle();
    fake.releaseOne();
    await settle();
    // Three later shares had taken the turns; the typed code goes before the fourth.
    expect(
      fake
        .callsOf('open')
        .slice(-4)
        .map((call) => call.args),
    ).toEqual([
      ['VL1', undefined],
      ['VL2', undefined],
      ['VL3', undefined],
      ['VCode', 'ab12'],
    ]);
    fake.release();
    await typed;
    await settle();
    expect(fake.callsOf('open').at(-1)?.args).toEqual(['VL4', undefined]);
    expect(row('VCode').open).toMatchObject({ phase: 'open', summary: { status: 'ok' } });
    expect(row('VCode').passCode).toBe('ab12');
  });

  it('drops an older answer that arrives after a newer open, and never opens a removed share', async () => {
    const { fake, store, row } = setUp({ ...many(3), VCode: { passCode: 'ab12' }, VGone: {} });
    fake.hold();
    await settle();
    store.remove('VGone');
    void store.reopen('VCode', 'ab12');
    fake.release();
    await settle();
    await settle();
    expect(fake.callsOf('open').map((call) => call.args[0])).not.toContain('VGone');
    expect(store.rows.value.map((each) => each.shareId)).not.toContain('VGone');
    expect(row('VCode').open).toMatchObject({ summary: { status: 'ok' } });
  });

  it('keeps a failed open as the request’s error kind', async () => {
    const { row } = setUp({ VNet: { openFails: 'network' } });
    await settle();
    expect(row('VNet').open).toEqual({ phase: 'failed', kind: 'network' });
  });

  it('keeps the rows a new paste shares with the old one, without opening them again', async () => {
    const { fake, store } = setUp(many(2));
    await settle();
    store.load([
      { shareId: 'VS01', url: 'x' },
      { shareId: 'VNew', url: 'y' },
    ]);
    await settle();
    expect(fake.callsOf('open').map((call) => call.args[0])).toEqual(['VS00', 'VS01', 'VNew']);
    expect(store.rows.value.map((each) => each.shareId)).toEqual(['VS01', 'VNew']);
  });
});

describe('saving a batch', () => {
  const mixed: Record<string, FakeShare> = {
    ...many(5),
    VCode: { passCode: 'ab12' },
    VExpired: { status: 'expired' },
    VRegion: { status: 'prohibited' },
    VMine: { own: true },
  };

  it('saves each ready share once, into its own subfolder, a few at a time; the rest fail with their reasons', async () => {
    const { fake, store, row } = setUp({ ...mixed, VS00: { title: 'A/B film' } });
    await settle();
    await store.saveAll(TARGET);
    const restored = fake.callsOf('restore').map((call) => call.args[0]);
    expect(restored.sort()).toEqual(['VS00', 'VS01', 'VS02', 'VS03', 'VS04']);
    expect(fake.folders.map((folder) => [folder.parentId, folder.name])).toContainEqual(['VTarget', 'A_B film']);
    expect(fake.folders).toHaveLength(5);
    expect(fake.mostAtOnce()).toBeLessThanOrEqual(BATCH_PARALLEL);
    const into = fake.callsOf('restore').find((call) => call.args[0] === 'VS00')?.args[1];
    expect(row('VS00').save).toEqual({ phase: 'saved', folder: TARGET, into: { id: into, name: 'A_B film' } });
    expect(row('VCode').save).toEqual({ phase: 'failed', kind: 'share-pass-code' });
    expect(row('VExpired').save).toEqual({ phase: 'failed', kind: 'share-unavailable' });
    expect(row('VRegion').save).toEqual({ phase: 'failed', kind: 'region-blocked' });
    // One's own share is refused by PikPak: no request is spent on it.
    expect(row('VMine').save).toEqual({ phase: 'failed', kind: 'own-share' });
    expect(store.run.value).toEqual({ phase: 'done', folder: TARGET, saved: 5, failed: 4, skipped: 0 });
  });

  it('counts its progress while it saves', async () => {
    const { fake, store } = setUp(many(4));
    await settle();
    fake.hold();
    const saving = store.saveAll(TARGET);
    expect(store.run.value).toEqual({ phase: 'saving', folder: TARGET, done: 0, total: 4 });
    expect(store.rows.value.map((each) => each.save.phase)).toEqual(Array(4).fill('waiting'));
    fake.release();
    await saving;
    expect(store.run.value).toMatchObject({ phase: 'done', saved: 4 });
  });

  it('waits for shares still opening before saving them', async () => {
    const { fake, store, row } = setUp(many(5));
    fake.hold();
    const saving = store.saveAll(TARGET);
    fake.release();
    await saving;
    expect(fake.callsOf('restore')).toHaveLength(5);
    expect(row('VS04').save.phase).toBe('saved');
  });

  it('retries only the failed shares, into the subfolder already made, and skips saved ones on Save all', async () => {
    const { fake, store, row } = setUp({ ...mixed, VFlaky: { restoreFails: { kind: 'server', times: 1 } } });
    await settle();
    await store.saveAll(TARGET);
    expect(row('VFlaky').save).toEqual({ phase: 'failed', kind: 'server' });
    const restoresBefore = fake.callsOf('restore').length;
    const foldersBefore = fake.folders.length;

    await store.reopen('VCode', 'ab12');
    await store.retryFailed();
    const retried = fake.callsOf('restore').slice(restoresBefore);
    expect(retried.map((call) => call.args[0]).sort()).toEqual(['VCode', 'VFlaky']);
    // VFlaky's subfolder was made the first time; only VCode needed one.
    expect(fake.folders.length).toBe(foldersBefore + 1);
    // The unreadable ones were opened again, in case they can be read now.
    expect(fake.callsOf('open').map((call) => call.args[0])).toEqual(expect.arrayContaining(['VExpired', 'VRegion']));
    expect(store.run.value).toEqual({ phase: 'done', folder: TARGET, saved: 2, failed: 3, skipped: 0 });

    await store.saveAll(TARGET);
    expect(fake.callsOf('restore').length).toBe(restoresBefore + 2);
    expect(store.run.value).toMatchObject({ saved: 0, failed: 3, skipped: 7 });
  });

  it('learns one’s own share from PikPak’s refusal to restore it', async () => {
    const { store, row } = setUp({ VMine: { ownUntilRestore: true, title: 'notes.md' } });
    await settle();
    expect(row('VMine').open).toMatchObject({ summary: { status: 'ok' } });
    await store.saveAll(TARGET);
    expect(row('VMine').save).toEqual({ phase: 'failed', kind: 'own-share' });
    expect(row('VMine').open).toMatchObject({ summary: { status: 'ok', own: true } });
  });

  it('makes a new subfolder when the next Save all goes to another folder', async () => {
    const { fake, store } = setUp({ VFlaky: { restoreFails: { kind: 'server', times: 1 } } });
    await settle();
    await store.saveAll(TARGET);
    await store.saveAll({ id: 'VOther', name: 'Other' });
    expect(fake.folders.map((folder) => folder.parentId)).toEqual(['VTarget', 'VOther']);
  });

  it('does not start a second run while one is saving, and does nothing on Retry before any Save all', async () => {
    const { fake, store } = setUp(many(2));
    await settle();
    await store.retryFailed();
    expect(fake.callsOf('restore')).toHaveLength(0);
    fake.hold();
    const first = store.saveAll(TARGET);
    const second = store.saveAll(TARGET);
    fake.release();
    await Promise.all([first, second]);
    expect(fake.callsOf('restore')).toHaveLength(2);
  });
});

describe('folderNameOf', () => {
  const open = (title?: string) => ({
    shareId: 'VShare',
    open: {
      phase: 'open' as const,
      summary: { shareId: 'VShare', status: 'ok' as const, ...(title ? { title } : {}) },
    },
  });

  it('takes the title as PikPak takes a name, else the share id', () => {
    expect(folderNameOf(open(' Films\\1950s/noir '))).toBe('Films_1950s_noir');
    expect(folderNameOf(open('x'.repeat(300)))).toHaveLength(255);
    expect(folderNameOf(open('..'))).toBe('VShare');
    expect(folderNameOf(open())).toBe('VShare');
    expect(folderNameOf({ shareId: 'VShare', open: { phase: 'opening' } })).toBe('VShare');
  });
});
