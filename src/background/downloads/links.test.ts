import { describe, expect, it } from 'vitest';
import type { CallSpec, PikPakClient } from '../../api/client.ts';
import { PikPakError } from '../../api/errors.ts';
import { failureOf, LINK_CONCURRENCY, linksFor } from './links.ts';

const EXPIRE = Math.floor(Date.now() / 1000) + 16 * 3600;
const url = (id: string) => `https://dl.example/download/?fid=${id}&expire=${EXPIRE}`;

/**
 * A client answering each file's detail after a delay that shrinks along the list (so answers come back out of
 * order), counting how many details are asked for at once. `gone` ids answer not-found, `linkless` ids no link.
 */
function stub(options: { gone?: string[]; linkless?: string[] } = {}) {
  let running = 0;
  let most = 0;
  const asked: string[] = [];
  const client = {
    async call<T>(spec: CallSpec<T>): Promise<T> {
      const id = decodeURIComponent(spec.path.split('/').at(-1) ?? '');
      asked.push(id);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 12 - asked.length)));
      running--;
      if (options.gone?.includes(id)) {
        throw new PikPakError({ kind: 'not-found', endpoint: 'GET /drive/v1/files/{id}', status: 404 });
      }
      const link = options.linkless?.includes(id) ? '' : url(id);
      return spec.decode({ kind: 'drive#file', id, name: id, size: '1', web_content_link: link, medias: [] });
    },
  } as unknown as PikPakClient;
  return {
    asked,
    get most() {
      return most;
    },
    deps: { client, disableMediaLinks: false, sleep: () => Promise.resolve() },
  };
}

const planned = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `f${i}`, path: `Folder/f${i}.bin`, size: 1 }));

describe('linksFor', () => {
  it('asks four at a time and answers the links in the planned order', async () => {
    const s = stub();
    const files = planned(10);
    const { links, failed } = await linksFor(files, s.deps);
    expect(LINK_CONCURRENCY).toBe(4);
    expect(s.most).toBe(4);
    expect(failed).toEqual([]);
    expect(links).toEqual(
      files.map((file) => ({ id: file.id, path: file.path, url: url(file.id), expiresAt: EXPIRE * 1000 })),
    );
  });

  it('reports each failed file with its kind, in order, and still answers the others', async () => {
    const s = stub({ gone: ['f5', 'f1'], linkless: ['f3'] });
    const { links, failed } = await linksFor(planned(7), s.deps);
    expect(links.map((link) => link.id)).toEqual(['f0', 'f2', 'f4', 'f6']);
    expect(failed.map(({ id, path, kind }) => ({ id, path, kind }))).toEqual([
      { id: 'f1', path: 'Folder/f1.bin', kind: 'not-found' },
      { id: 'f3', path: 'Folder/f3.bin', kind: 'no-link' },
      { id: 'f5', path: 'Folder/f5.bin', kind: 'not-found' },
    ]);
    // The linkless file was asked for twice (the 5 s retry), the others once.
    expect(s.asked.filter((id) => id === 'f3')).toHaveLength(2);
    expect(s.asked).toHaveLength(8);
  });
});

describe('failureOf', () => {
  it('keeps an error’s kind and message, and calls anything else unknown', () => {
    const file = { id: 'f', path: 'p', size: 1 };
    expect(failureOf(file, Object.assign(new Error('why'), { kind: 'timeout' }))).toEqual({
      id: 'f',
      path: 'p',
      kind: 'timeout',
      message: 'why',
    });
    expect(failureOf(file, 'a string')).toEqual({ id: 'f', path: 'p', kind: 'unknown', message: 'a string' });
  });
});
