import { describe, expect, it } from 'vitest';
import { RequestError } from '../../shared/messages.ts';
import { shareView } from '../model/route.ts';
import { file, folder } from '../test/items.ts';
import { fakeShareStore } from '../test/shares.ts';

const FILMS = {
  title: 'Films',
  passCode: 'ab12',
  folders: { '': [folder('Silent', { id: 'VSilent' })], VSilent: [file('Nosferatu.mp4', 5)] },
};

function memory() {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => kept.set(key, value),
  };
}

describe('the shares a tab opened', () => {
  it('opens a share once before listing its folders', async () => {
    const { store, requests } = fakeShareStore({ VOopen: { title: 'Open', folders: { '': [file('a.txt')], VX: [] } } });
    await store.list(shareView('VOopen'));
    await store.list(shareView('VOopen', 'VX'));
    expect(requests.open).toHaveBeenCalledTimes(1);
    expect(store.titleOf('VOopen')).toBe('Open');
    expect(requests.list).toHaveBeenCalledWith('VOopen', 'VX', undefined);
  });

  it('asks for a pass code, says when it is wrong, and lists once the right one opened the share', async () => {
    const { store } = fakeShareStore({ VOfilms: FILMS });
    await expect(store.list(shareView('VOfilms'))).rejects.toMatchObject({ kind: 'share-pass-code' });
    expect(store.question.value).toEqual({ shareId: 'VOfilms', reason: 'pass-code-needed' });
    expect((await store.open('VOfilms', 'zzzz')).status).toBe('pass-code-wrong');
    expect(store.question.value).toEqual({ shareId: 'VOfilms', reason: 'pass-code-wrong' });
    expect((await store.open('VOfilms', 'ab12')).status).toBe('ok');
    expect(store.question.value).toBeNull();
    expect((await store.list(shareView('VOfilms'))).items.map((item) => item.name)).toEqual(['Silent']);
  });

  it('refuses to list a share that cannot be read, with the kind its status stands for, and asks again later', async () => {
    const { store, requests } = fakeShareStore({
      VOgone: { title: 'Gone', status: 'expired', folders: {} },
      VOblocked: { title: 'Blocked', status: 'prohibited', folders: {} },
    });
    await expect(store.list(shareView('VOgone'))).rejects.toMatchObject({ kind: 'share-unavailable' });
    await expect(store.list(shareView('VOblocked'))).rejects.toMatchObject({ kind: 'region-blocked' });
    await expect(store.list(shareView('VOblocked'))).rejects.toBeInstanceOf(RequestError);
    expect(requests.open).toHaveBeenCalledTimes(3);
    expect(store.summaries.value.get('VOblocked')?.status).toBe('prohibited');
  });

  it('asks for the code again when the remembered one stops working', async () => {
    const { store, requests } = fakeShareStore({ VOfilms: FILMS });
    await store.open('VOfilms', 'ab12');
    requests.list.mockRejectedValueOnce(new RequestError('share-pass-code', 'PASS_CODE_ERROR'));
    await expect(store.list(shareView('VOfilms'))).rejects.toMatchObject({ kind: 'share-pass-code' });
    expect(store.question.value?.shareId).toBe('VOfilms');
  });

  it('keeps the folders walked, across a reload of the tab', () => {
    const kept = memory();
    const first = fakeShareStore({}, { memory: kept }).store;
    first.remember('VOfilms', [
      { id: 'VA', name: 'A' },
      { id: 'VB', name: 'B' },
    ]);
    const again = fakeShareStore({}, { memory: kept }).store;
    expect(again.pathOf('VOfilms', 'VB')).toEqual([
      { id: 'VA', name: 'A' },
      { id: 'VB', name: 'B' },
    ]);
    expect(again.pathOf('VOfilms', 'VA')).toEqual([{ id: 'VA', name: 'A' }]);
    expect(again.pathOf('VOfilms', '')).toEqual([]);
    expect(again.pathOf('VOother', 'VB')).toBeUndefined();
  });

  it('names a share not opened yet by its recent entry, and forgets it', async () => {
    const recent = [{ shareId: 'VOold', title: 'Old films', openedAt: 1 }];
    const { store, requests } = fakeShareStore({}, { recent });
    const stop = store.start();
    await expect.poll(() => store.titleOf('VOold')).toBe('Old films');
    await store.forget('VOold');
    expect(requests.forget).toHaveBeenCalledWith('VOold');
    expect(store.recent.value).toEqual([]);
    stop();
  });
});
