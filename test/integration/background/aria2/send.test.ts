import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAria2Handlers, type Aria2HandlerDeps } from '../../../../src/background/handlers/aria2.ts';
import { aria2SettingsItem } from '../../../../src/shared/aria2-settings.ts';
import type { RequestName, RequestOf, ResponseOf } from '../../../../src/shared/messages.ts';
import { freePort, startAria2Daemon, type Aria2Daemon } from '../../../support/aria2c.ts';
import { addTree, filesUnder, readUnder } from '../../../support/drive-tree.ts';
import { useProxiedFakePikPak } from '../../../support/proxied-pikpak.ts';

/**
 * aria2.test and aria2.send against a real aria2c (RPC, with a secret) and the fake PikPak: the worker's handlers
 * fetch fresh links from the fake and hand them to aria2, which downloads them from the fake's CDN through the
 * CONNECT proxy. What arrives on disk is compared byte for byte with what the CDN serves, at the planned paths.
 */
const SECRET = 'correct horse battery staple';
const realFetch = globalThis.fetch;
const pikpak = useProxiedFakePikPak();
let aria2: Aria2Daemon;
let downloads: string;
/** Bodies of every call the handlers made to aria2, in order. */
const calls: { method: string; body: string }[] = [];
const granted = new Set<string>();

const deps: Aria2HandlerDeps = {
  fetch: async (url, init) => {
    const body = typeof init.body === 'string' ? init.body : '';
    calls.push({ method: (JSON.parse(body) as { method: string }).method, body });
    return realFetch(url, init);
  },
  hasOrigin: (pattern) => Promise.resolve(granted.has(pattern)),
  sleep: () => Promise.resolve(),
};
const handlers = createAria2Handlers(deps);

function send<N extends 'aria2.test' | 'aria2.send'>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const handler = handlers[name] as unknown as (payload: unknown, sender: object) => Promise<ResponseOf<RequestName>>;
  return handler(payload, {}) as Promise<ResponseOf<N>>;
}

beforeAll(async () => {
  downloads = await mkdtemp(path.join(tmpdir(), 'aria2-send-'));
  aria2 = await startAria2Daemon({
    secret: SECRET,
    dir: path.join(downloads, 'aria2-own-dir'),
    proxyUrl: pikpak.proxy.url,
  });
});
afterAll(async () => {
  await aria2?.close();
  await rm(downloads, { recursive: true, force: true });
});
beforeEach(async () => {
  calls.length = 0;
  granted.clear();
  granted.add('http://127.0.0.1/*');
  // Each test reads the downloads it made.
  await aria2.call('aria2.purgeDownloadResult');
  await aria2SettingsItem.set({ endpoint: aria2.endpoint, secret: SECRET, dir: '' });
});

describe('aria2.test', () => {
  it('answers aria2.getVersion’s version, with the secret as "token:<secret>"', async () => {
    const answer = await send('aria2.test', { endpoint: aria2.endpoint, secret: SECRET });
    const own = (await aria2.call('aria2.getVersion')) as { version: string };
    expect(answer).toEqual({ version: own.version });
    expect(answer.version).toMatch(/^1\.\d+\.\d+$/);
    expect(JSON.parse(calls[0]?.body ?? '')).toMatchObject({
      jsonrpc: '2.0',
      method: 'aria2.getVersion',
      params: [`token:${SECRET}`],
    });
  });

  it('says aria2 refused the secret, without repeating it', async () => {
    const error = await send('aria2.test', { endpoint: aria2.endpoint, secret: 'wrong' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aria2-secret' });
    expect(String((error as Error).message)).not.toMatch(/wrong|correct horse/);
  });

  it('says aria2 is not reachable when nothing listens on the port', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}/jsonrpc`;
    const error = await send('aria2.test', { endpoint, secret: SECRET }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aria2-unreachable' });
    expect((error as Error).message).toContain(new URL(endpoint).origin);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('refuses without the host permission for the endpoint, before calling aria2', async () => {
    granted.clear();
    await expect(send('aria2.test', { endpoint: aria2.endpoint, secret: SECRET })).rejects.toMatchObject({
      kind: 'aria2-permission',
    });
    expect(calls).toEqual([]);
  });

  it('refuses endpoints that are not http(s) and payloads without a secret', async () => {
    for (const payload of [
      { endpoint: 'ftp://127.0.0.1/x', secret: SECRET },
      { endpoint: 'http://user:pw@127.0.0.1:6800/jsonrpc', secret: SECRET },
      { endpoint: aria2.endpoint },
      null,
    ]) {
      await expect(send('aria2.test', payload as RequestOf<'aria2.test'>)).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    expect(calls).toEqual([]);
  });
});

describe('aria2.send', () => {
  it('sends a folder: aria2 writes the CDN’s exact bytes at each file’s path under the chosen folder', async () => {
    const files = addTree(pikpak.fake, 'Show', [
      { path: 'Season 1/Episode 1.mkv', size: 200_000 },
      { path: 'Season 1/Extras/Making of.mp4', size: 65_536 },
      { path: 'notes.txt', size: 1_234 },
      { path: 'Season 2/Episode 1.mkv', size: 17 },
    ]);
    const chosen = path.join(downloads, 'chosen');
    await aria2SettingsItem.set({ endpoint: aria2.endpoint, secret: SECRET, dir: chosen });

    const result = await send('aria2.send', { files });

    expect(result).toEqual({ sent: 4, failed: [] });
    const stopped = await aria2.waitUntilIdle();
    expect(stopped.map((download) => [download.status, download.errorMessage])).toEqual(
      files.map(() => ['complete', '']),
    );
    expect(await filesUnder(chosen)).toEqual(files.map((file) => file.path).sort());
    expect(
      await readUnder(
        chosen,
        files.map((file) => file.path),
      ),
    ).toEqual(files.map((file) => file.bytes));
    // One getVersion first, then every file in one multicall of aria2.addUri([url], {dir, out}).
    expect(calls.map((call) => call.method)).toEqual(['aria2.getVersion', 'system.multicall']);
    const [batch] = (JSON.parse(calls[1]?.body ?? '') as { params: [{ methodName: string; params: unknown[] }[]] })
      .params;
    expect(batch[0]).toEqual({
      methodName: 'aria2.addUri',
      params: [
        `token:${SECRET}`,
        [expect.stringMatching(/^https:\/\/dl-[a-z0-9-]+\.mypikpak\.com\/download\/\?fid=/)],
        { dir: chosen, out: 'Show/Season 1/Episode 1.mkv' },
      ],
    });
    // aria2c fetched through the tunnel under the CDN's real name.
    expect(pikpak.proxy.connects).toContain('dl-a10b-0001.mypikpak.com:443');
  });

  it('reports a file PikPak gives no link for, sends the rest, and keeps paths inside the folder', async () => {
    const [kept, missing] = addTree(pikpak.fake, 'Mixed', [
      { path: 'kept.bin', size: 4_096 },
      { path: 'missing.bin', size: 10 },
    ]);
    pikpak.fake.control.files.setDownloadLink(missing?.id ?? '', 'missing');
    const before: string[] = await filesUnder(aria2.dir).catch(() => []);
    // A path planned with '..' (a folder of that name) must not leave aria2's folder.
    const escaping = { ...kept!, path: 'Mixed/../../escaped.bin' };

    const result = await send('aria2.send', { files: [escaping, missing!] });

    expect(result.sent).toBe(1);
    expect(result.failed).toEqual([
      { id: missing?.id, path: 'Mixed/missing.bin', kind: 'no-link', message: expect.any(String) as unknown },
    ]);
    await aria2.waitUntilIdle();
    const after = await filesUnder(aria2.dir);
    expect(after.filter((file) => !before.includes(file))).toEqual(['Mixed/_/_/escaped.bin']);
    expect(await readUnder(aria2.dir, ['Mixed/_/_/escaped.bin'])).toEqual([kept?.bytes]);
  });

  it('sends many files 50 to a multicall', async () => {
    const files = addTree(
      pikpak.fake,
      'Many',
      Array.from({ length: 120 }, (_, i) => ({ path: `part ${String(i).padStart(3, '0')}.bin`, size: 100 + i })),
    );
    const result = await send('aria2.send', { files });
    expect(result).toEqual({ sent: 120, failed: [] });
    const multicalls = calls.filter((call) => call.method === 'system.multicall');
    expect(multicalls.map((call) => (JSON.parse(call.body) as { params: [unknown[]] }).params[0].length)).toEqual([
      50, 50, 20,
    ]);
    await aria2.waitUntilIdle();
    const sent = files.map((file) => file.path);
    expect(await readUnder(aria2.dir, sent)).toEqual(files.map((file) => file.bytes));
  });

  it('with a wrong secret fails as aria2-secret before asking PikPak for links, and sends nothing', async () => {
    const files = addTree(pikpak.fake, 'Refused', [{ path: 'a.bin', size: 10 }]);
    await aria2SettingsItem.set({ endpoint: aria2.endpoint, secret: 'not it', dir: '' });
    const stoppedBefore = ((await aria2.call('aria2.getGlobalStat')) as { numStoppedTotal: string }).numStoppedTotal;

    await expect(send('aria2.send', { files })).rejects.toMatchObject({ kind: 'aria2-secret' });

    expect(pikpak.fake.log.filter({ host: 'drive' }).map((entry) => entry.path)).not.toContain(
      `/drive/v1/files/${files[0]?.id}`,
    );
    expect(calls.map((call) => call.method)).toEqual(['aria2.getVersion']);
    const stat = (await aria2.call('aria2.getGlobalStat')) as Record<string, string>;
    expect([stat['numActive'], stat['numWaiting'], stat['numStoppedTotal']]).toEqual(['0', '0', stoppedBefore]);
  });

  it('fails as aria2-unreachable when aria2 is not running, and as aria2-permission without access', async () => {
    const files = addTree(pikpak.fake, 'Nowhere', [{ path: 'a.bin', size: 10 }]);
    await aria2SettingsItem.set({ endpoint: `http://127.0.0.1:${await freePort()}/jsonrpc`, secret: SECRET, dir: '' });
    await expect(send('aria2.send', { files })).rejects.toMatchObject({ kind: 'aria2-unreachable' });
    granted.clear();
    await expect(send('aria2.send', { files })).rejects.toMatchObject({ kind: 'aria2-permission' });
  });

  it('refuses a payload that is not a file list', async () => {
    for (const payload of [{}, { files: [{ id: '', path: 'a', size: 1 }] }, { files: 'x' }]) {
      await expect(send('aria2.send', payload as RequestOf<'aria2.send'>)).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    expect(calls).toEqual([]);
  });
});
