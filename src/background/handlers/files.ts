import { isPlannedFile, type PlannedFile } from '../../shared/file-transfer.ts';
import { RequestError } from '../../shared/messages.ts';
import { getSettings } from '../../shared/settings.ts';
import { linksFor } from '../downloads/links.ts';
import type { Handlers } from '../router.ts';
import { pikpak } from '../session/client.ts';
import { payloadRecord } from './drive-payloads.ts';

type FilesHandlers = Pick<Handlers, 'files.links'>;

/** Most files in one `files.links` request: pages ask in chunks, so each answer comes quickly and shows progress. */
export const MAX_FILES_PER_REQUEST = 200;

/** Planned files from a page, checked. */
export function plannedFiles(payload: unknown, max = Number.POSITIVE_INFINITY): PlannedFile[] {
  const files = payloadRecord(payload)['files'];
  if (!Array.isArray(files) || !files.every(isPlannedFile)) throw new RequestError('bad-request', 'Not a file list');
  if (files.length > max) throw new RequestError('bad-request', `At most ${max} files per request`);
  return files;
}

/** Links out of the drive (copy, export): fresh links per file; a share's file (`shareId`) from its share. */
export function createFilesHandlers(): FilesHandlers {
  return {
    'files.links': async (payload) => {
      const files = plannedFiles(payload, MAX_FILES_PER_REQUEST);
      const { disableMediaLinks, useTranscodingAddress } = await getSettings();
      return linksFor(files, { client: await pikpak(), disableMediaLinks, useTranscodingAddress });
    },
  };
}
