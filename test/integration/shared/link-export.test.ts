import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksFor } from '../../../src/background/downloads/links.ts';
import { pikpak } from '../../../src/background/session/client.ts';
import { aria2InputText, linkListText } from '../../../src/shared/link-export.ts';
import { runAria2InputFile } from '../../support/aria2c.ts';
import { addTree, filesUnder, readUnder } from '../../support/drive-tree.ts';
import { useProxiedFakePikPak } from '../../support/proxied-pikpak.ts';

/**
 * The exported texts with real links from the fake PikPak: `aria2c -i <file>` (no RPC) downloads every file of a
 * folder from the fake's CDN, through the CONNECT proxy, to the paths the input file names.
 */
const fixture = useProxiedFakePikPak();
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'aria2-input-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function freshLinks(root: string) {
  const files = addTree(fixture.fake, root, [
    { path: 'Season 1/Episode 1.mkv', size: 150_000 },
    { path: 'Season 1/Extras/Trailer.mp4', size: 4_096 },
    { path: 'cover.jpg', size: 999 },
  ]);
  const { links, failed } = await linksFor(files, { client: await pikpak(), disableMediaLinks: true });
  expect(failed).toEqual([]);
  return { files, links };
}

describe('aria2 input file', () => {
  it('makes aria2c -i download each file’s exact bytes to its path under dir=', async () => {
    const { files, links } = await freshLinks('Input');
    const chosen = path.join(work, 'chosen');
    const text = aria2InputText(links, { dir: chosen, now: Date.now() });
    // The header names the earliest expiry of the real links (16 h ahead on the fake's clock).
    const earliest = Math.min(...links.map((link) => link.expiresAt ?? Infinity));
    expect(text).toContain(`# The links expire at ${new Date(earliest).toISOString()};`);
    const inputFile = path.join(work, 'input.txt');
    await writeFile(inputFile, text);

    const run = await runAria2InputFile(inputFile, { dir: path.join(work, 'default'), proxyUrl: fixture.proxy.url });

    expect(run.code, run.output).toBe(0);
    expect(await filesUnder(chosen)).toEqual(files.map((file) => file.path).sort());
    expect(
      await readUnder(
        chosen,
        files.map((file) => file.path),
      ),
    ).toEqual(files.map((file) => file.bytes));
  });

  it('without dir= lets aria2c’s -d decide the folder', async () => {
    const { files, links } = await freshLinks('NoDir');
    const inputFile = path.join(work, 'nodir.txt');
    await writeFile(inputFile, aria2InputText(links, { now: Date.now() }));
    const target = path.join(work, 'by-d');

    const run = await runAria2InputFile(inputFile, { dir: target, proxyUrl: fixture.proxy.url });

    expect(run.code, run.output).toBe(0);
    expect(
      await readUnder(
        target,
        files.map((file) => file.path),
      ),
    ).toEqual(files.map((file) => file.bytes));
  });

  it('lists the same links one a line', async () => {
    const { links } = await freshLinks('List');
    const lines = linkListText(links).trimEnd().split('\n');
    expect(lines).toEqual(links.map((link) => link.url));
    // Each line is a working link on the fake's CDN.
    const statuses = await Promise.all(lines.map(async (url) => (await fixture.fake.fetch(url)).status));
    expect(statuses).toEqual([200, 200, 200]);
  });
});
