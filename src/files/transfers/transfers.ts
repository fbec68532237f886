import { signal, type Signal } from '@preact/signals';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { FileLink, PlannedFile, TransferFailure } from '../../shared/file-transfer.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { planTransfer, type PlanOptions, type PlanProgress, type TransferPlan } from './plan.ts';

/**
 * Taking files out of the drive from the file browser: download through the browser, copy or export links, send to
 * aria2. Folders are walked first (with progress and Cancel) and the user sees how many files and bytes before
 * anything starts; links are then asked for in chunks, so a big folder shows its progress too.
 */

export type TransferPurpose = 'download' | 'copyLinks' | 'exportLinks' | 'exportAria2' | 'sendToAria2';

/** Files per `files.links` / `aria2.send` request: each answer comes back quickly and moves the progress. */
export const LINK_CHUNK = 200;

export type TransferState =
  | { phase: 'counting'; purpose: TransferPurpose; title: string; progress: PlanProgress }
  | { phase: 'ready'; purpose: TransferPurpose; title: string; plan: TransferPlan }
  | { phase: 'working'; purpose: TransferPurpose; title: string; done: number; total: number }
  | {
      phase: 'done';
      purpose: TransferPurpose;
      title: string;
      ok: number;
      failed: TransferFailure[];
      expiresAt?: number;
    }
  | { phase: 'failed'; purpose: TransferPurpose; title: string; kind: ErrorKind };

export interface TransferDeps {
  list: PlanOptions['list'];
  startDownload: (title: string, files: PlannedFile[]) => Promise<unknown>;
  links: (files: PlannedFile[]) => Promise<{ links: FileLink[]; failed: TransferFailure[] }>;
  aria2Send: (files: PlannedFile[]) => Promise<{ sent: number; failed: TransferFailure[] }>;
  /** Puts text on the clipboard; called at once in the click, with the text to come (user activation). */
  copyText: (text: Promise<string>) => Promise<void>;
  /** Saves a text file through the browser's downloads (an `<a download>`). */
  saveFile: (name: string, text: string) => void;
  /** The text of an export: a plain list or an aria2 input file. */
  exportText: (purpose: 'exportLinks' | 'exportAria2' | 'copyLinks', links: FileLink[]) => Promise<string> | string;
  exportName: (purpose: 'exportLinks' | 'exportAria2', title: string) => string;
  /** Says a result in the page's live region. */
  announce: (text: string) => void;
  describeStarted: (title: string, count: number) => string;
}

export interface Transfers {
  state: Signal<TransferState | null>;
  /** Starts taking items out of the view they are in (`from`: a share's files come from the share). */
  begin: (purpose: TransferPurpose, items: readonly DriveItem[], title: string, from?: DriveView) => void;
  /** The user confirmed what the walk found. */
  confirm: () => void;
  /** Runs the failed files of the last result again. */
  retryFailed: () => void;
  /** Stops the walk or the links being fetched, and closes the dialog. */
  close: () => void;
}

export function createTransfers(deps: TransferDeps): Transfers {
  const state = signal<TransferState | null>(null);
  let abort = new AbortController();
  let planned: PlannedFile[] = [];

  const current = () => state.peek();
  const isCurrent = (signal: AbortSignal) => !signal.aborted;

  /** The links of the files, a chunk at a time, moving the progress. */
  async function collect<R extends { failed: TransferFailure[] }>(
    purpose: TransferPurpose,
    title: string,
    files: PlannedFile[],
    ask: (chunk: PlannedFile[]) => Promise<R>,
    signal: AbortSignal,
  ): Promise<R[]> {
    const answers: R[] = [];
    state.value = { phase: 'working', purpose, title, done: 0, total: files.length };
    for (let start = 0; start < files.length; start += LINK_CHUNK) {
      answers.push(await ask(files.slice(start, start + LINK_CHUNK)));
      if (!isCurrent(signal)) return answers;
      state.value = {
        phase: 'working',
        purpose,
        title,
        done: Math.min(files.length, start + LINK_CHUNK),
        total: files.length,
      };
    }
    return answers;
  }

  async function run(purpose: TransferPurpose, title: string, files: PlannedFile[], signal: AbortSignal) {
    planned = files;
    if (purpose === 'download') {
      await deps.startDownload(title, files);
      if (isCurrent(signal)) state.value = null;
      deps.announce(deps.describeStarted(title, files.length));
      return;
    }
    if (purpose === 'sendToAria2') {
      const answers = await collect(purpose, title, files, deps.aria2Send, signal);
      if (!isCurrent(signal)) return;
      const failed = answers.flatMap((answer) => answer.failed);
      state.value = { phase: 'done', purpose, title, ok: sum(answers.map((a) => a.sent)), failed };
      return;
    }
    const linksOf = async () => {
      const answers = await collect(purpose, title, files, deps.links, signal);
      return { links: answers.flatMap((a) => a.links), failed: answers.flatMap((a) => a.failed) };
    };
    const result =
      purpose === 'copyLinks' ? await copy(linksOf()) : await linksOf().then((found) => save(purpose, found));
    if (!isCurrent(signal)) return;
    const expiresAt = earliest(result.links);
    state.value = {
      phase: 'done',
      purpose,
      title,
      ok: result.links.length,
      failed: result.failed,
      ...(expiresAt === undefined ? {} : { expiresAt }),
    };

    async function copy(found: ReturnType<typeof linksOf>) {
      await deps.copyText(found.then((each) => deps.exportText('copyLinks', each.links)));
      return found;
    }
    async function save(kind: 'exportLinks' | 'exportAria2', found: Awaited<ReturnType<typeof linksOf>>) {
      if (found.links.length > 0 && isCurrent(signal)) {
        deps.saveFile(deps.exportName(kind, title), await deps.exportText(kind, found.links));
      }
      return found;
    }
  }

  function guarded(purpose: TransferPurpose, title: string, work: (signal: AbortSignal) => Promise<void>) {
    abort.abort();
    abort = new AbortController();
    const { signal } = abort;
    work(signal).catch((error: unknown) => {
      if (isCurrent(signal)) state.value = { phase: 'failed', purpose, title, kind: errorKindOf(error) };
    });
  }

  return {
    state,
    begin(purpose, items, title, from) {
      const shareId = from?.kind === 'share' ? from.shareId : undefined;
      const filesOnly = items.every((item) => item.kind === 'file');
      if (filesOnly) {
        // Nothing to walk: no question to ask either. Copy must start inside the click (user activation).
        const files = items.map((item) => ({
          ...{ id: item.id, path: item.name, size: item.size.bytes },
          ...(shareId === undefined ? {} : { shareId }),
        }));
        guarded(purpose, title, (signal) => run(purpose, title, files, signal));
        return;
      }
      guarded(purpose, title, async (signal) => {
        state.value = { phase: 'counting', purpose, title, progress: { files: 0, folders: 0, bytes: 0 } };
        const plan = await planTransfer(items, {
          list: deps.list,
          shareId,
          signal,
          onProgress: (progress) => {
            if (isCurrent(signal)) state.value = { phase: 'counting', purpose, title, progress };
          },
        });
        if (isCurrent(signal)) state.value = { phase: 'ready', purpose, title, plan };
      });
    },
    confirm() {
      const shown = current();
      if (shown?.phase !== 'ready') return;
      const { purpose, title, plan } = shown;
      guarded(purpose, title, (signal) => run(purpose, title, plan.files, signal));
    },
    retryFailed() {
      const shown = current();
      if (shown?.phase !== 'done') return;
      const again = new Set(shown.failed.map((failure) => failure.id));
      const { purpose, title } = shown;
      const files = planned.filter((file) => again.has(file.id));
      guarded(purpose, title, (signal) => run(purpose, title, files, signal));
    },
    close() {
      abort.abort();
      state.value = null;
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function earliest(links: readonly FileLink[]): number | undefined {
  const times = links.map((link) => link.expiresAt).filter((time): time is number => time !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}
