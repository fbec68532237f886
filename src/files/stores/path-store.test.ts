import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../shared/messages.ts';
import { createPathStore } from './path-store.ts';

const MOVIES = { id: 'VMovies', name: 'Movies' };
const CLASSICS = { id: 'VClassics', name: 'Classics' };

describe('the path store', () => {
  it('knows My Drive, asks once for an unknown folder and remembers every folder on the answer', async () => {
    const ancestors = vi.fn((id: string) => Promise.resolve(id === CLASSICS.id ? [MOVIES, CLASSICS] : []));
    const store = createPathStore(ancestors);
    store.show('');
    expect(store.current.value).toEqual({ of: '', status: 'ready', path: [] });
    store.show(CLASSICS.id);
    expect(store.current.value).toEqual({ of: CLASSICS.id, status: 'loading' });
    await vi.waitFor(() => expect(store.current.value).toMatchObject({ status: 'ready', path: [MOVIES, CLASSICS] }));
    store.show(MOVIES.id);
    expect(store.current.value).toEqual({ of: MOVIES.id, status: 'ready', path: [MOVIES] });
    expect(await store.pathOf(CLASSICS.id)).toEqual([MOVIES, CLASSICS]);
    expect(ancestors).toHaveBeenCalledTimes(1);
  });

  it('uses a path the page told it without asking, and shows nothing outside folders', () => {
    const ancestors = vi.fn(() => Promise.resolve([]));
    const store = createPathStore(ancestors);
    store.remember([MOVIES, CLASSICS]);
    store.show(CLASSICS.id);
    expect(store.current.value).toMatchObject({ status: 'ready', path: [MOVIES, CLASSICS] });
    store.show(undefined);
    expect(store.current.value).toBeUndefined();
    expect(ancestors).not.toHaveBeenCalled();
  });

  it('reports a failure for the folder still shown, and asks again next time', async () => {
    const ancestors = vi.fn(() => Promise.reject(new RequestError('not-found', 'gone')));
    const store = createPathStore(ancestors);
    store.show('VGone');
    await vi.waitFor(() => expect(store.current.value).toEqual({ of: 'VGone', status: 'error', kind: 'not-found' }));
    await expect(store.pathOf('VGone')).rejects.toThrow('gone');
    expect(ancestors).toHaveBeenCalledTimes(2);
  });

  it('forgets every path but the one shown, and asks for the others again', async () => {
    const ancestors = vi.fn((id: string) => Promise.resolve(id === CLASSICS.id ? [MOVIES, CLASSICS] : [MOVIES]));
    const store = createPathStore(ancestors);
    store.remember([MOVIES, CLASSICS]);
    store.show(MOVIES.id);
    store.forget();
    expect(await store.pathOf(MOVIES.id)).toEqual([MOVIES]);
    expect(ancestors).not.toHaveBeenCalled();
    expect(await store.pathOf(CLASSICS.id)).toEqual([MOVIES, CLASSICS]);
    expect(ancestors).toHaveBeenCalledTimes(1);
  });
});
