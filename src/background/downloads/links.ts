import type { DownloadLink } from '../../shared/domain.ts';
import type { FileLink, PlannedFile, TransferFailure } from '../../shared/file-transfer.ts';
import { mapLimit } from '../../shared/map-limit.ts';
import { plannedFileLink, type PlannedLinkDeps } from './planned-link.ts';

/** Detail calls at a time: PikPak throttles bursts (§9.5); four keeps a folder's worth quick without a storm. */
export const LINK_CONCURRENCY = 4;

export interface LinkResults {
  links: FileLink[];
  failed: TransferFailure[];
}

/**
 * Fresh links for planned files, four at a time: drive files from the drive, share files (`shareId`) from their
 * share (./planned-link.ts). A file that fails is reported with its kind, the others go on.
 */
export function linksFor(files: readonly PlannedFile[], deps: PlannedLinkDeps): Promise<LinkResults> {
  return linksWith(files, (file) => plannedFileLink(file, deps));
}

/** Links for planned files from `link`, four at a time, answered in the planned order with each failure's kind. */
export async function linksWith(
  files: readonly PlannedFile[],
  link: (file: PlannedFile) => Promise<DownloadLink>,
): Promise<LinkResults> {
  const links: FileLink[] = [];
  const failed: TransferFailure[] = [];
  await mapLimit(files, LINK_CONCURRENCY, async (file) => {
    try {
      links.push({ id: file.id, path: file.path, ...(await link(file)) });
    } catch (error) {
      failed.push(failureOf(file, error));
    }
  });
  // In the planned order, whatever order the answers came in.
  const order = new Map(files.map((file, index) => [file.id, index]));
  const byPlan = (a: { id: string }, b: { id: string }) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  return { links: links.sort(byPlan), failed: failed.sort(byPlan) };
}

export function failureOf(file: PlannedFile, error: unknown): TransferFailure {
  const kind =
    typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string'
      ? error.kind
      : 'unknown';
  return { id: file.id, path: file.path, kind, message: error instanceof Error ? error.message : String(error) };
}
