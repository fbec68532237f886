import type { FileLink, TransferFailure } from '../../shared/file-transfer.ts';
import { aria2OutPath } from '../../shared/link-export.ts';
import { RequestError } from '../../shared/messages.ts';
import { aria2Multicall, faultError, isAria2Fault, type Aria2CallOptions, type Aria2Target } from './rpc.ts';

/** `aria2.addUri` calls per `system.multicall`: one request for a typical folder, small enough to answer at once. */
export const ADD_URI_BATCH = 50;

export interface Aria2SendResult {
  sent: number;
  failed: TransferFailure[];
}

/**
 * Hands links to aria2, ADD_URI_BATCH per request, each as `aria2.addUri([url], {out, dir})`: `out` is the file's
 * path under the chosen folder (aria2 makes the sub-folders), `dir` the configured folder when there is one. A file
 * aria2 did not take is in `failed` with its reason. When a whole request fails (aria2 gone, a timeout) that batch
 * and every later one are failed with that kind: nothing is reported sent that aria2 did not confirm.
 */
export async function sendLinksToAria2(
  target: Aria2Target,
  dir: string,
  links: readonly FileLink[],
  options: Aria2CallOptions = {},
): Promise<Aria2SendResult> {
  let sent = 0;
  const failed: TransferFailure[] = [];
  for (let start = 0; start < links.length; start += ADD_URI_BATCH) {
    const batch = links.slice(start, start + ADD_URI_BATCH);
    let answers: unknown[];
    try {
      answers = await aria2Multicall(
        target,
        batch.map((link) => ({ method: 'aria2.addUri', params: [[link.url], addUriOptions(link, dir)] })),
        options,
      );
    } catch (error) {
      const kind = error instanceof RequestError ? error.kind : 'unknown';
      const message = error instanceof Error ? error.message : String(error);
      const why = kind === 'aria2-timeout' ? `${message}; aria2 may have added some of these files already` : message;
      for (const link of links.slice(start)) failed.push(failureOf(link, kind, why));
      break;
    }
    answers.forEach((answer, index) => {
      const link = batch[index];
      if (link === undefined) return;
      if (typeof answer === 'string') {
        sent++;
      } else {
        const error = isAria2Fault(answer) ? faultError(answer) : undefined;
        failed.push(failureOf(link, error?.kind ?? 'aria2-refused', error?.message ?? 'aria2 gave no download id'));
      }
    });
  }
  return { sent, failed };
}

function addUriOptions(link: FileLink, dir: string): Record<string, string> {
  // aria2 takes option values as strings. Without `out` it may name the file after the URL (`index.html`).
  return dir === '' ? { out: aria2OutPath(link.path) } : { dir, out: aria2OutPath(link.path) };
}

function failureOf(link: FileLink, kind: string, message: string): TransferFailure {
  return { id: link.id, path: link.path, kind, message };
}
