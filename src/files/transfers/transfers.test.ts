import { describe, expect, it, vi } from 'vitest';
import type { DriveItemPage } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { FileLink, PlannedFile } from '../../shared/file-transfer.ts';
import { RequestError } from '../../shared/messages.ts';
import { file, folder } from '../test/items.ts';
import { createTransfers, LINK_CHUNK, type TransferDeps } from './transfers.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const linkFor = (f: PlannedFile): FileLink => ({ id: f.id, path: f.path, url: `https://dl/${f.id}`, expiresAt: 5_000 });

function setUp(children: Record<string, ReturnType<typeof file>[]> = {}) {
  const copied: string[] = [];
  const saved: [string, string][] = [];
  const deps: TransferDeps = {
    list: vi.fn((view: DriveView) =>
      Promise.resolve<DriveItemPage>({
        items: children[view.kind === 'folder' || view.kind === 'share' ? view.id : ''] ?? [],
      }),
    ),
    startDownload: vi.fn(() => Promise.resolve('job')),
    links: vi.fn((files: PlannedFile[]) =>
      Promise.resolve({
        links: files.filter((f) => !f.path.includes('broken')).map(linkFor),
        failed: files
          .filter((f) => f.path.includes('broken'))
          .map((f) => ({ id: f.id, path: f.path, kind: 'no-link', message: 'none' })),
      }),
    ),
    aria2Send: vi.fn((files: PlannedFile[]) => Promise.resolve({ sent: files.length, failed: [] })),
    copyText: vi.fn(async (text: Promise<string>) => void copied.push(await text)),
    saveFile: vi.fn((name: string, text: string) => void saved.push([name, text])),
    exportText: (purpose, links) => `${purpose}:${links.map((l) => l.url).join(',')}`,
    exportName: (purpose, title) => `${purpose}-${title}.txt`,
    announce: vi.fn(),
    describeStarted: (title, count) => `Downloading ${title}: ${count}`,
  };
  return { deps, transfers: createTransfers(deps), copied, saved };
}

describe('transfers', () => {
  it('downloads chosen files at once, without a question', async () => {
    const { deps, transfers } = setUp();
    const a = file('a.txt', 10, { id: 'VA' });
    transfers.begin('download', [a], '“a.txt”');
    await settle();
    expect(deps.startDownload).toHaveBeenCalledWith('“a.txt”', [{ id: 'VA', path: 'a.txt', size: 10 }]);
    expect(transfers.state.value).toBeNull();
    expect(deps.announce).toHaveBeenCalledWith('Downloading “a.txt”: 1');
  });

  it('counts a folder first and starts only once confirmed; Cancel starts nothing', async () => {
    const { deps, transfers } = setUp({ VDir: [file('x.bin', 3, { id: 'VX' }), file('y.bin', 4, { id: 'VY' })] });
    transfers.begin('download', [folder('Dir', { id: 'VDir' })], '“Dir”');
    await settle();
    expect(transfers.state.value).toMatchObject({ phase: 'ready', plan: { folders: 1, totalBytes: 7 } });
    expect(deps.startDownload).not.toHaveBeenCalled();
    transfers.close();
    expect(transfers.state.value).toBeNull();

    transfers.begin('download', [folder('Dir', { id: 'VDir' })], '“Dir”');
    await settle();
    transfers.confirm();
    await settle();
    expect(deps.startDownload).toHaveBeenCalledWith('“Dir”', [
      { id: 'VX', path: 'Dir/x.bin', size: 3 },
      { id: 'VY', path: 'Dir/y.bin', size: 4 },
    ]);
  });

  it('copies links (the copy starts inside the click) and lists the files that had none, which Retry asks again', async () => {
    const { deps, transfers, copied } = setUp();
    const good = file('good.mkv', 1, { id: 'VGood' });
    const broken = file('broken.mkv', 1, { id: 'VBroken' });
    transfers.begin('copyLinks', [good, broken], '2 items');
    // Synchronously, in the same task as the click.
    expect(deps.copyText).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(transfers.state.value?.phase).toBe('done'));
    expect(copied).toEqual(['copyLinks:https://dl/VGood']);
    expect(transfers.state.value).toMatchObject({
      ok: 1,
      expiresAt: 5_000,
      failed: [{ id: 'VBroken', kind: 'no-link' }],
    });
    transfers.retryFailed();
    await vi.waitFor(() => expect(deps.links).toHaveBeenCalledTimes(2));
    expect(deps.links).toHaveBeenLastCalledWith([{ id: 'VBroken', path: 'broken.mkv', size: 1 }]);
  });

  it('asks for links in chunks, moving the progress, and saves an export', async () => {
    const many = Array.from({ length: LINK_CHUNK * 2 + 5 }, (_, i) => file(`f${i}`, 1, { id: `V${i}` }));
    const { deps, transfers, saved } = setUp({ VBig: many });
    transfers.begin('exportAria2', [folder('Big', { id: 'VBig' })], '“Big”');
    await settle();
    transfers.confirm();
    await vi.waitFor(() => expect(transfers.state.value?.phase).toBe('done'));
    expect(deps.links).toHaveBeenCalledTimes(3);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.[0]).toBe('exportAria2-“Big”.txt');
    expect(saved[0]?.[1].split(',')).toHaveLength(many.length);
  });

  it('sends to aria2 and shows why a whole request failed', async () => {
    const { deps, transfers } = setUp();
    vi.mocked(deps.aria2Send).mockRejectedValueOnce(new RequestError('network', 'refused'));
    transfers.begin('sendToAria2', [file('a', 1, { id: 'VA' })], '“a”');
    await vi.waitFor(() => expect(transfers.state.value).toMatchObject({ phase: 'failed', kind: 'network' }));
    transfers.begin('sendToAria2', [file('a', 1, { id: 'VA' })], '“a”');
    await vi.waitFor(() => expect(transfers.state.value).toMatchObject({ phase: 'done', ok: 1, failed: [] }));
  });

  it('takes a share’s files out of the share: folders listed from it, every planned file naming it', async () => {
    const { deps, transfers } = setUp({ VSub: [file('n.mp4', 5, { id: 'VN' })] });
    const from: DriveView = { kind: 'share', shareId: 'VOs', id: '' };
    transfers.begin('download', [file('a.txt', 1, { id: 'VA' })], '“a.txt”', from);
    await settle();
    expect(deps.startDownload).toHaveBeenCalledWith('“a.txt”', [{ id: 'VA', path: 'a.txt', size: 1, shareId: 'VOs' }]);
    transfers.begin('copyLinks', [folder('Sub', { id: 'VSub' })], '“Sub”', from);
    await settle();
    expect(deps.list).toHaveBeenLastCalledWith({ kind: 'share', shareId: 'VOs', id: 'VSub' }, undefined);
    transfers.confirm();
    await settle();
    expect(deps.links).toHaveBeenCalledWith([{ id: 'VN', path: 'Sub/n.mp4', size: 5, shareId: 'VOs' }]);
  });
});
