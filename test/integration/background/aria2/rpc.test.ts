import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aria2Call, aria2Multicall, type Aria2Fetch } from '../../../../src/background/aria2/rpc.ts';
import { sendLinksToAria2 } from '../../../../src/background/aria2/send.ts';
import type { FileLink } from '../../../../src/shared/file-transfer.ts';
import { startAria2Daemon, type Aria2Daemon } from '../../../support/aria2c.ts';

/**
 * The JSON-RPC client's answers and failures against a real aria2c (without a secret here; with one in
 * send.test.ts), a server that never answers, and a connection dropped between batches.
 */
let open: Aria2Daemon;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aria2-rpc-'));
  open = await startAria2Daemon({ secret: '', dir });
});
afterAll(async () => {
  await open?.close();
  await rm(dir, { recursive: true, force: true });
});

const target = () => ({ endpoint: open.endpoint, secret: '' });
const linkTo = (id: string, url: string): FileLink => ({ id, path: `Folder/${id}.bin`, url });

describe('aria2Call', () => {
  it('calls an aria2 without a secret with no token parameter', async () => {
    const seen: unknown[] = [];
    const fetchSpy: Aria2Fetch = (url, init) => {
      seen.push(JSON.parse(typeof init.body === 'string' ? init.body : 'null'));
      return fetch(url, init);
    };
    const version = (await aria2Call(target(), 'aria2.getVersion', [], { fetch: fetchSpy })) as { version: string };
    expect(version.version).toMatch(/^1\./);
    expect(seen).toEqual([
      { jsonrpc: '2.0', id: expect.any(String) as unknown, method: 'aria2.getVersion', params: [] },
    ]);
  });

  it('says aria2 refused, with aria2’s message, when a method fails', async () => {
    await expect(aria2Call(target(), 'aria2.tellStatus', ['0000000000000000'])).rejects.toMatchObject({
      kind: 'aria2-refused',
      message: expect.stringMatching(/0000000000000000/) as unknown,
    });
  });

  it('says aria2 refused when the address answers something else than JSON-RPC (HTTP 404)', async () => {
    const endpoint = open.endpoint.replace('/jsonrpc', '/elsewhere');
    await expect(aria2Call({ endpoint, secret: '' }, 'aria2.getVersion', [])).rejects.toMatchObject({
      kind: 'aria2-refused',
      message: expect.stringMatching(/^HTTP 404/) as unknown,
    });
  });

  describe('against a server that accepts the connection and never answers', () => {
    let silent: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      silent = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
      });
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('gives up after the timeout with aria2-timeout', async () => {
      const address = silent.address() as { port: number };
      const started = Date.now();
      await expect(
        aria2Call({ endpoint: `http://127.0.0.1:${address.port}/jsonrpc`, secret: 's' }, 'aria2.getVersion', [], {
          timeoutMs: 300,
        }),
      ).rejects.toMatchObject({ kind: 'aria2-timeout' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});

describe('aria2Multicall and sendLinksToAria2', () => {
  it('answers each call with its result or aria2’s fault, in order', async () => {
    const answers = await aria2Multicall(target(), [
      { method: 'aria2.getVersion', params: [] },
      { method: 'aria2.tellStatus', params: ['0000000000000000'] },
    ]);
    expect(answers[0]).toMatchObject({ version: expect.any(String) as unknown });
    expect(answers[1]).toMatchObject({ code: 1, message: expect.stringMatching(/0000000000000000/) as unknown });
  });

  it('reports a link aria2 refuses with aria2’s message and counts the ones it took', async () => {
    // aria2 takes any well-formed URI (its download fails later, out of the request's sight); "nonsense" it refuses.
    const links = [linkTo('good', 'http://127.0.0.1:9/good.bin'), linkTo('bad', 'nonsense')];
    const result = await sendLinksToAria2(target(), '', links);
    expect(result).toEqual({
      sent: 1,
      failed: [{ id: 'bad', path: 'Folder/bad.bin', kind: 'aria2-refused', message: 'No URI to download.' }],
    });
  });

  it('fails the batch that got no answer and every later one, and counts only what aria2 confirmed', async () => {
    let multicalls = 0;
    const dropSecond: Aria2Fetch = (url, init) => {
      if (typeof init.body === 'string' && init.body.includes('system.multicall') && ++multicalls === 2) {
        return Promise.reject(new TypeError('fetch failed'));
      }
      return fetch(url, init);
    };
    const links = Array.from({ length: 120 }, (_, i) => linkTo(`f${i}`, `http://127.0.0.1:9/${i}.bin`));
    const result = await sendLinksToAria2(target(), '/tmp/nowhere', links, { fetch: dropSecond });
    expect(result.sent).toBe(50);
    expect(result.failed.map((failure) => failure.id)).toEqual(links.slice(50).map((link) => link.id));
    expect(new Set(result.failed.map((failure) => failure.kind))).toEqual(new Set(['aria2-unreachable']));
    expect(multicalls).toBe(2);
  });
});
