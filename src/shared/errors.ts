import type { MessageKey } from './i18n.ts';

/**
 * Every way a PikPak call can fail, as the UI needs to tell them apart. The API client (src/api/errors.ts)
 * produces these; pages receive only the kind (plus a debug message) and show the text from `describeError`.
 * Pure module: no browser API, so the API client, the background and pages can all import it.
 */
export const ERROR_KINDS = [
  'signed-out',
  'captcha-needed',
  'human-check',
  'bad-credentials',
  'too-frequent',
  'rate-limited',
  'daily-task-limit',
  'too-many-running',
  'storage-full',
  'not-found',
  'name-conflict',
  'same-name',
  'invalid-destination',
  'file-busy',
  'own-share',
  'region-blocked',
  'share-pass-code',
  'share-unavailable',
  'share-sensitive',
  'no-link',
  'download-interrupted',
  // aria2 / Motrix over JSON-RPC (src/background/aria2/): the user's own downloader, not PikPak.
  'aria2-secret',
  'aria2-unreachable',
  'aria2-refused',
  'aria2-timeout',
  'aria2-permission',
  'network',
  'timeout',
  'server',
  'malformed-response',
  'bad-request',
  'unknown',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/** What the page offers the user next; the page decides how (a button, a link, a countdown). */
export type ErrorAction = 'sign-in' | 'retry' | 'open-pikpak' | 'solve-captcha' | 'free-space' | 'wait' | 'none';

export interface ErrorDescription {
  /** One sentence: what happened. */
  messageKey: MessageKey;
  /** A short hint or button label: what to do about it. */
  actionKey: MessageKey;
  action: ErrorAction;
}

/** The user-facing text for an error kind. Keys live in public/_locales/{en,zh_CN,zh_TW}/messages.json. */
export function describeError(kind: ErrorKind): ErrorDescription {
  switch (kind) {
    case 'signed-out':
      return { messageKey: 'errorSignedOut', actionKey: 'errorSignedOutAction', action: 'sign-in' };
    case 'captcha-needed':
      // No puzzle URL is known here (the automatic check failed); the web app shows PikPak's check itself.
      return { messageKey: 'errorCaptchaNeeded', actionKey: 'errorCaptchaNeededAction', action: 'solve-captcha' };
    case 'human-check':
      // The error carries humanCheckUrl: PikPak's puzzle page (pikpak-api.md §3.4).
      return { messageKey: 'errorHumanCheck', actionKey: 'errorHumanCheckAction', action: 'solve-captcha' };
    case 'bad-credentials':
      return { messageKey: 'errorBadCredentials', actionKey: 'errorBadCredentialsAction', action: 'none' };
    case 'too-frequent':
      return { messageKey: 'errorTooFrequent', actionKey: 'errorTooFrequentAction', action: 'wait' };
    case 'rate-limited':
      return { messageKey: 'errorRateLimited', actionKey: 'errorRateLimitedAction', action: 'wait' };
    case 'daily-task-limit':
      return { messageKey: 'errorDailyTaskLimit', actionKey: 'errorDailyTaskLimitAction', action: 'wait' };
    case 'too-many-running':
      return { messageKey: 'errorTooManyRunning', actionKey: 'errorTooManyRunningAction', action: 'wait' };
    case 'storage-full':
      return { messageKey: 'errorStorageFull', actionKey: 'errorStorageFullAction', action: 'free-space' };
    case 'not-found':
      return { messageKey: 'errorNotFound', actionKey: 'errorNotFoundAction', action: 'retry' };
    case 'name-conflict':
      return { messageKey: 'errorNameConflict', actionKey: 'errorNameConflictAction', action: 'none' };
    case 'same-name':
      return { messageKey: 'errorSameName', actionKey: 'errorSameNameAction', action: 'none' };
    case 'invalid-destination':
      return { messageKey: 'errorInvalidDestination', actionKey: 'errorInvalidDestinationAction', action: 'none' };
    case 'file-busy':
      // PikPak is still settling a move or copy; the client already waited and asked again (src/api/client.ts).
      return { messageKey: 'errorFileBusy', actionKey: 'errorFileBusyAction', action: 'retry' };
    case 'own-share':
      // Its files are already in the user's drive: the web app shows them.
      return { messageKey: 'errorOwnShare', actionKey: 'errorOwnShareAction', action: 'open-pikpak' };
    case 'region-blocked':
      return { messageKey: 'errorRegionBlocked', actionKey: 'errorRegionBlockedAction', action: 'none' };
    case 'share-pass-code':
      return { messageKey: 'errorSharePassCode', actionKey: 'errorSharePassCodeAction', action: 'none' };
    case 'share-unavailable':
      return { messageKey: 'errorShareUnavailable', actionKey: 'errorShareUnavailableAction', action: 'none' };
    case 'share-sensitive':
      // SENSITIVE_RESOURCE: PikPak blocked the shared content itself; no code or address helps.
      return { messageKey: 'errorShareSensitive', actionKey: 'errorShareSensitiveAction', action: 'none' };
    case 'no-link':
      // PikPak answered the file without a usable link, twice (fresh-link.ts): often a file still being processed.
      return { messageKey: 'errorNoLink', actionKey: 'errorNoLinkAction', action: 'retry' };
    case 'download-interrupted':
      // The browser's interrupt reason (SERVER_FORBIDDEN, NETWORK_FAILED, USER_CANCELED…) is the detail.
      return { messageKey: 'errorDownloadInterrupted', actionKey: 'errorDownloadInterruptedAction', action: 'retry' };
    case 'aria2-secret':
      return { messageKey: 'errorAria2Secret', actionKey: 'errorAria2SecretAction', action: 'none' };
    case 'aria2-unreachable':
      return { messageKey: 'errorAria2Unreachable', actionKey: 'errorAria2UnreachableAction', action: 'retry' };
    case 'aria2-refused':
      // The request's message carries aria2's own words ("No URI to download."); pages may show it beside this.
      return { messageKey: 'errorAria2Refused', actionKey: 'errorAria2RefusedAction', action: 'none' };
    case 'aria2-timeout':
      return { messageKey: 'errorAria2Timeout', actionKey: 'errorAria2TimeoutAction', action: 'retry' };
    case 'aria2-permission':
      // Only a page can ask for the host permission (a user gesture): Options › aria2 does it on Save.
      return { messageKey: 'errorAria2Permission', actionKey: 'errorAria2PermissionAction', action: 'none' };
    case 'network':
      return { messageKey: 'errorNetwork', actionKey: 'errorNetworkAction', action: 'retry' };
    case 'timeout':
      return { messageKey: 'errorTimeout', actionKey: 'errorTimeoutAction', action: 'retry' };
    case 'server':
      return { messageKey: 'errorServer', actionKey: 'errorServerAction', action: 'retry' };
    case 'malformed-response':
      return { messageKey: 'errorMalformedResponse', actionKey: 'errorMalformedResponseAction', action: 'retry' };
    case 'bad-request':
      return { messageKey: 'errorBadRequest', actionKey: 'errorBadRequestAction', action: 'none' };
    case 'unknown':
      return { messageKey: 'errorUnknown', actionKey: 'errorUnknownAction', action: 'retry' };
  }
}
