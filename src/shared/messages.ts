import browser from 'webextension-polyfill';
import type { AccountState } from './account.ts';
import type { DriveItem, DriveItemDetail, DriveItemPage } from './domain.ts';
import type { BatchOperation, DriveView } from './drive-view.ts';
import type { FolderPage, FolderRef } from './folders.ts';
import type { Destination } from './destination.ts';
import type { FileLink, PlannedFile, TransferFailure } from './file-transfer.ts';
import type { ShareSummary } from './shares.ts';
import type { LinkToSend } from './link-to-send.ts';
import type { Platform } from './platform.ts';
import type { QuestionAnswer } from './session-question.ts';
import type { WebSessionSnapshot } from './web-session.ts';

/**
 * Every request a page or content script can send to the background, with its request and response types.
 * Names are `area.verb`. The background's router must have a handler for each (a compile error otherwise).
 */
export interface Protocol {
  /** Is the drive host reachable from this browser? Used by Options › Diagnostics. */
  'diagnostics.checkConnection': { request: undefined; response: ConnectionCheck };
  /** Empties Options › Diagnostics › Recent API errors (the `recentErrors` item). */
  'diagnostics.clearErrors': { request: undefined; response: undefined };
  /**
   * From the content script on mypikpak.com: the web app's session as it is in the page right now (or the account
   * it just signed out of). The answer carries a newer pair when the extension rotated the token since, for the
   * page to store.
   */
  'session.offer': { request: WebSessionSnapshot; response: { writeBack?: true } };
  /**
   * From the content script on mypikpak.com/loading: PikPak's human check redirected here with a verified token
   * and the check's `state`. Taken only for a check the extension opened (src/shared/human-check.ts).
   */
  'session.captchaVerified': { request: { captchaToken: string; state?: string }; response: undefined };
  /** The account as pages show it; with `refresh`, profile and quota are read from PikPak first. */
  'session.status': { request: { refresh?: boolean }; response: AccountState };
  'session.useRefreshToken': { request: { refreshToken: string; platform: Platform }; response: AccountState };
  'session.signIn': {
    request: { username: string; password: string; captchaToken?: string };
    response: { state: AccountState } | { humanCheckUrl: string };
  };
  /** Forgets the session (revoking it unless it came from the web app, which would log the web app out too). */
  'session.signOut': { request: undefined; response: AccountState };
  /** Lets the extension take the mypikpak.com session again after the user signed the extension out. */
  'session.useWebSession': { request: undefined; response: AccountState };
  /** The user's answer to the open `sessionQuestion` (switch account? the web app signed out). */
  'session.answerQuestion': { request: QuestionAnswer; response: AccountState };
  /**
   * Queues links for offline download. They are stored before anything else happens, then sent in the
   * background; the queue (`sendQueueItem`) shows their progress. `key` deduplicates (see shared/links).
   */
  'send.enqueue': {
    request: { links: LinkToSend[]; destination: Destination };
    response: { added: number; alreadyQueued: number };
  };
  /** From the confirm window: sends the ticked links of a pending selection (by key) and forgets the rest. */
  'send.confirmSelection': {
    request: { id: string; keys: string[] };
    response: { added: number; alreadyQueued: number };
  };
  /** From the confirm window: the user cancelled; the pending selection is forgotten. */
  'send.discardSelection': { request: { id: string }; response: undefined };
  'send.retry': { request: { id: string }; response: undefined };
  'send.retryAllFailed': { request: undefined; response: undefined };
  'send.dismiss': { request: { id: string }; response: undefined };
  /**
   * One page of a folder's subfolders (folders only, not trashed), sorted by name. `parentId` absent or "" is
   * the drive's root. For the folder picker.
   */
  'drive.listFolders': { request: { parentId?: string; pageToken?: string }; response: FolderPage };
  /** Makes a folder in `parentId` (the root when absent). PikPak may change the name to avoid a clash. */
  'drive.createFolder': { request: { parentId?: string; name: string }; response: FolderRef };
  /**
   * One page (500 items) of a view of the drive: a folder, the starred items or the trash. Every item, files and
   * folders, in PikPak's order (pages sort and filter themselves; PikPak has neither, §12.4).
   */
  'drive.list': { request: { view: DriveView; pageToken?: string }; response: DriveItemPage };
  /** One item with its download link and media (GET /drive/v1/files/{id}), for the details panel. */
  'drive.item': { request: { id: string }; response: DriveItemDetail };
  /** The folders from My Drive's top down to `id` (inclusive), for breadcrumbs and the details' path. */
  'drive.ancestors': { request: { id: string }; response: FolderRef[] };
  /** Renames an item; PikPak refuses a taken name (`name-conflict`) and the same name (`same-name`). */
  'drive.rename': { request: { id: string; name: string }; response: DriveItem };
  /**
   * A batch operation on items (move and copy need `toParentId`, "" = My Drive). Answered once PikPak's task(s)
   * finished (ids are sent 100 at a time); a failed task rejects with its kind, and nothing is reported done.
   */
  'drive.batch': {
    request: { operation: BatchOperation; ids: string[]; toParentId?: string };
    response: { done: number };
  };
  /** Empties the trash (answered once PikPak's task finished). */
  'drive.emptyTrash': { request: undefined; response: undefined };
  /**
   * Fresh download links for files (one detail call each, §7.3), honouring Options › "Disable media links". For
   * copying and exporting links; pages ask in chunks to show progress.
   */
  'files.links': { request: { files: PlannedFile[] }; response: { links: FileLink[]; failed: TransferFailure[] } };
  /**
   * Downloads files through the browser's downloads, keeping `path` under the Downloads folder. The job is stored
   * (`downloadJobs`) and runs in the background: each link is fetched just before its download starts.
   */
  'downloads.start': { request: { title: string; files: PlannedFile[] }; response: { jobId: string } };
  /** Stops a job: no further file starts (downloads already handed to the browser go on). */
  'downloads.cancel': { request: { jobId: string }; response: undefined };
  /** Queues a job's failed files again. */
  'downloads.retryFailed': { request: { jobId: string }; response: undefined };
  /** Forgets a finished or cancelled job. */
  'downloads.dismiss': { request: { jobId: string }; response: undefined };
  /** Asks the aria2 endpoint for its version (`aria2.getVersion`) with this secret: Options › Test connection. */
  'aria2.test': { request: { endpoint: string; secret: string }; response: { version: string } };
  /** Sends files to the saved aria2 endpoint with their folder structure (`dir` + `out`), in batches. */
  'aria2.send': { request: { files: PlannedFile[] }; response: { sent: number; failed: TransferFailure[] } };
  /**
   * Opens a share (GET /drive/v1/share): its status, title, owner and size. A pass code given is remembered for the
   * share (`sharePassCodes`); without one, a remembered one is used. An ok share is added to `recentShares`. Works
   * signed out too (anonymous reading, §12.5). A status other than ok is an answer, not an error.
   */
  'shares.open': { request: { shareId: string; passCode?: string }; response: ShareSummary };
  /**
   * One page of a share's folder (`parentId` "" or absent = the share's top level), items in the drive's shape, for
   * the file browser's list. Rejects with `share-pass-code` / `share-unavailable` / `region-blocked` when the share
   * cannot be read (open it again with the code).
   */
  'shares.list': {
    request: { shareId: string; parentId?: string; pageToken?: string };
    response: DriveItemPage;
  };
  /**
   * Fresh links of a share's files (GET /drive/v1/share/file_info), for downloads, exports and the player; with
   * Options › "Use transcoding address" the transcoded address (§8.3).
   */
  'shares.links': {
    request: { shareId: string; files: PlannedFile[] };
    response: { links: FileLink[]; failed: TransferFailure[] };
  };
  /**
   * Saves items of a share into a folder of the drive (`toParentId` "" = My Drive) with PikPak's restore task, and
   * answers once the task finished with the saved items' ids. Needs a session; one's own share is refused
   * (`own-share`).
   */
  'shares.restore': {
    request: { shareId: string; fileIds: string[]; toParentId: string };
    response: { fileIds: string[] };
  };
  /** Forgets a share from `recentShares` (and its remembered pass code). */
  'shares.forget': { request: { shareId: string }; response: undefined };
  /** Reads PikPak's task list now (the popup's refresh); the answer comes through `taskSnapshot`. */
  'tasks.refresh': { request: undefined; response: undefined };
  /** Retries a failed offline task (`create_type: RETRY`), then reads the list again. */
  'tasks.retry': { request: { id: string }; response: undefined };
  /** Retries every failed task of the snapshot, one after the other. */
  'tasks.retryAllFailed': { request: undefined; response: { retried: number; failed: number } };
  /** Deletes tasks; with `deleteFiles` their downloaded files too. */
  'tasks.delete': { request: { ids: string[]; deleteFiles: boolean }; response: undefined };
  /** Removes completed tasks from the list (their files stay). */
  'tasks.clearCompleted': { request: undefined; response: { cleared: number } };
}

export interface ConnectionCheck {
  host: string;
  reachable: boolean;
  status?: number;
  latencyMs: number;
  checkedAt: number;
}

export type RequestName = keyof Protocol;
export type RequestOf<N extends RequestName> = Protocol[N]['request'];
export type ResponseOf<N extends RequestName> = Protocol[N]['response'];

export interface RequestMessage<N extends RequestName = RequestName> {
  name: N;
  payload: RequestOf<N>;
}

/** Errors cross contexts as plain data; `kind` is what the UI branches on. */
export interface SerializedError {
  kind: string;
  message: string;
}

export type ResponseEnvelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export class RequestError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Sends a typed request to the background and unwraps its envelope, re-throwing its error as RequestError. */
export async function request<N extends RequestName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const message: RequestMessage<N> = { name, payload };
  const envelope = await browser.runtime.sendMessage<RequestMessage<N>, ResponseEnvelope<ResponseOf<N>> | undefined>(
    message,
  );
  if (envelope === undefined) throw new RequestError('unknown', `No answer to ${name}`);
  if (!envelope.ok) throw new RequestError(envelope.error.kind, envelope.error.message);
  return envelope.value;
}

/** The shape of any request on the wire; whether its name is known is for the router to decide. */
export function isRequestLike(value: unknown): value is { name: string; payload?: unknown } {
  return typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string';
}
