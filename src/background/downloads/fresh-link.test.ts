import { describe, expect, it } from 'vitest';
import type { CallSpec, PikPakClient } from '../../api/client.ts';
import { PikPakError } from '../../api/errors.ts';
import { RequestError } from '../../shared/messages.ts';
import { freshLink, NO_LINK_RETRY_MS } from './fresh-link.ts';

const NOW = Date.UTC(2026, 0, 1);
const EXPIRE = Math.floor(NOW / 1000) + 16 * 3600;

const url = (fid: string, category = 'original', expire = EXPIRE) =>
  `https://dl.example/download/?fid=${fid}&expire=${expire}&category=${category}`;

type Answer = Record<string, unknown> | PikPakError;

/** A file's detail on the wire (pikpak-api.md §7.3), with or without its links. */
function wire(links: { link?: string; medias?: string[]; kind?: string } = {}): Record<string, unknown> {
  return {
    kind: links.kind ?? 'drive#file',
    id: 'VFile1',
    name: 'film.mp4',
    size: '100',
    phase: 'PHASE_TYPE_COMPLETE',
    web_content_link: links.link ?? '',
    links: links.link === undefined ? {} : { 'application/octet-stream': { url: links.link, expire: '' } },
    medias: (links.medias ?? []).map((each, index) => ({
      media_name: index === 0 ? 'Original' : '720P',
      is_origin: index === 0,
      priority: index === 0 ? 0 : 6,
      link: { url: each },
    })),
  };
}

/** A client whose detail call answers `answers` in turn, recording what was asked; sleeping is recorded, not done. */
function stub(...answers: Answer[]) {
  const asked: { host: string; method: string; path: string }[] = [];
  const slept: number[] = [];
  const client = {
    call<T>(spec: CallSpec<T>): Promise<T> {
      asked.push(spec);
      const next = answers.shift();
      if (next === undefined) throw new Error('asked more often than the test expected');
      if (next instanceof PikPakError) return Promise.reject(next);
      return Promise.resolve(spec.decode(next));
    },
  } as unknown as PikPakClient;
  const sleep = (ms: number) => {
    slept.push(ms);
    return Promise.resolve();
  };
  return { asked, slept, deps: { client, disableMediaLinks: false, now: () => NOW, sleep } };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('freshLink', () => {
  it('asks for the file’s detail once and answers its link, with the expiry from the URL', async () => {
    const s = stub(wire({ link: url('AAA') }));
    expect(await freshLink('VFile 1', s.deps)).toEqual({ url: url('AAA'), expiresAt: EXPIRE * 1000 });
    expect(s.asked).toHaveLength(1);
    expect(s.asked[0]).toMatchObject({ host: 'drive', method: 'GET', path: '/drive/v1/files/VFile%201' });
    expect(s.slept).toEqual([]);
  });

  it('takes the same-fid media link with media links on, the original with them off', async () => {
    const answer = () => wire({ link: url('AAA'), medias: [url('AAA', 'media'), url('BBB', 'transcode')] });
    const on = stub(answer());
    expect((await freshLink('VFile1', on.deps)).url).toBe(url('AAA', 'media'));
    const off = stub(answer());
    expect((await freshLink('VFile1', { ...off.deps, disableMediaLinks: true })).url).toBe(url('AAA'));
  });

  it('waits 5 s when PikPak gives no link, and answers the link of the second detail', async () => {
    const s = stub(wire(), wire({ link: url('AAA') }));
    expect((await freshLink('VFile1', s.deps)).url).toBe(url('AAA'));
    expect(s.slept).toEqual([NO_LINK_RETRY_MS]);
    expect(NO_LINK_RETRY_MS).toBe(5_000);
    expect(s.asked).toHaveLength(2);
  });

  it('fails with no-link after the second detail without a usable link, asking no third time', async () => {
    const s = stub(wire(), wire());
    const error = await rejection(freshLink('VFile1', s.deps));
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ kind: 'no-link' });
    expect(s.asked).toHaveLength(2);
    expect(s.slept).toEqual([NO_LINK_RETRY_MS]);
  });

  it('treats an empty fid as no link: asks again, then fails with no-link', async () => {
    const s = stub(wire({ link: url('') }), wire({ link: url('') }));
    expect(await rejection(freshLink('VFile1', s.deps))).toMatchObject({ kind: 'no-link' });
    expect(s.asked).toHaveLength(2);
  });

  it('treats a link expiring within a minute (on the injected clock) as no link', async () => {
    const soon = Math.floor(NOW / 1000) + 30;
    const s = stub(wire({ link: url('AAA', 'original', soon) }), wire({ link: url('AAA') }));
    expect((await freshLink('VFile1', s.deps)).url).toBe(url('AAA'));
    expect(s.slept).toEqual([NO_LINK_RETRY_MS]);
  });

  it('refuses a folder at once: bad-request, no wait, no second call', async () => {
    const s = stub(wire({ kind: 'drive#folder' }));
    const error = await rejection(freshLink('VFolder', s.deps));
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ kind: 'bad-request' });
    expect(s.asked).toHaveLength(1);
    expect(s.slept).toEqual([]);
  });

  it('passes PikPak’s own failure on with its kind, without the 5 s retry', async () => {
    const gone = new PikPakError({ kind: 'not-found', endpoint: 'GET /drive/v1/files/VFile1', status: 404 });
    const s = stub(gone);
    expect(await rejection(freshLink('VFile1', s.deps))).toBe(gone);
    expect(s.slept).toEqual([]);
  });
});
