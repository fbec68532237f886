import type { DriveItem, DriveItemPage } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { PlannedFile } from '../../shared/file-transfer.ts';
import { mapLimit } from '../../shared/map-limit.ts';

/**
 * Turns chosen items into the files to take out, with paths that keep the folders' structure: a file is its name, a
 * folder's files are `Folder/Sub/name`. PikPak has no folder download (§12.4): folders are walked through their
 * listing, a few at a time, reporting what was found so far.
 */

/** Folders listed at a time: enough to be quick, few enough not to be throttled (§9.5). */
export const WALK_CONCURRENCY = 4;

export interface TransferPlan {
  files: PlannedFile[];
  /** Folders walked (the chosen ones and everything under them). */
  folders: number;
  totalBytes: number;
}

export interface PlanProgress {
  files: number;
  folders: number;
  bytes: number;
}

export interface PlanOptions {
  list: (view: DriveView, pageToken?: string) => Promise<DriveItemPage>;
  /** The items are in this share (its folders are listed from it, and its files carry its id). */
  shareId?: string | undefined;
  onProgress?: (progress: PlanProgress) => void;
  signal?: AbortSignal;
}

export async function planTransfer(items: readonly DriveItem[], options: PlanOptions): Promise<TransferPlan> {
  const plan: TransferPlan = { files: [], folders: 0, totalBytes: 0 };
  const report = () =>
    options.onProgress?.({ files: plan.files.length, folders: plan.folders, bytes: plan.totalBytes });
  const { shareId } = options;
  const addFile = (item: DriveItem, prefix: string) => {
    const file = { id: item.id, path: prefix + item.name, size: item.size.bytes };
    plan.files.push(shareId === undefined ? file : { ...file, shareId });
    plan.totalBytes += item.size.bytes;
  };

  let level = items.filter((item) => item.kind === 'folder').map((folder) => ({ folder, prefix: `${folder.name}/` }));
  for (const item of items) if (item.kind === 'file') addFile(item, '');
  report();
  // Breadth first, one level at a time, so the paths come out folder by folder.
  while (level.length > 0) {
    const children = await mapLimit(
      level,
      WALK_CONCURRENCY,
      async ({ folder, prefix }) => {
        const found = await listAll(folder.id, options);
        plan.folders++;
        for (const item of found) if (item.kind === 'file' && item.phase === 'complete') addFile(item, prefix);
        report();
        return found
          .filter((item) => item.kind === 'folder')
          .map((sub) => ({ folder: sub, prefix: `${prefix}${sub.name}/` }));
      },
      options.signal,
    );
    throwIfAborted(options.signal);
    level = children.flatMap((each) => each ?? []);
  }
  return plan;
}

async function listAll(folderId: string, { list, signal, shareId }: PlanOptions): Promise<DriveItem[]> {
  const view: DriveView =
    shareId === undefined ? { kind: 'folder', id: folderId } : { kind: 'share', shareId, id: folderId };
  const items: DriveItem[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  do {
    throwIfAborted(signal);
    const page = await list(view, pageToken);
    items.push(...page.items);
    // PikPak may repeat a page token: stop rather than loop (§9.13).
    pageToken = page.nextPageToken !== undefined && !seen.has(page.nextPageToken) ? page.nextPageToken : undefined;
    if (pageToken !== undefined) seen.add(pageToken);
  } while (pageToken !== undefined);
  return items;
}

function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted === true) throw new DOMException('The transfer was cancelled', 'AbortError');
}
