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

/**
 * What each kind offers next. Its text keys follow from its name: `error` + the kind in PascalCase, and that +
 * `Action` ("daily-task-limit": `errorDailyTaskLimit`, `errorDailyTaskLimitAction`); errors.test.ts checks every key
 * is in the catalogues. A table rather than a switch of key pairs: pages carry it (the popup among them).
 */
const ERROR_ACTIONS: Record<ErrorKind, ErrorAction> = {
  'signed-out': 'sign-in',
  // No puzzle URL is known here (the automatic check failed); the web app shows PikPak's check itself.
  'captcha-needed': 'solve-captcha',
  // The error carries humanCheckUrl: PikPak's puzzle page (pikpak-api.md §3.4).
  'human-check': 'solve-captcha',
  'bad-credentials': 'none',
  'too-frequent': 'wait',
  'rate-limited': 'wait',
  'daily-task-limit': 'wait',
  'too-many-running': 'wait',
  'storage-full': 'free-space',
  'not-found': 'retry',
  'name-conflict': 'none',
  'same-name': 'none',
  'invalid-destination': 'none',
  // PikPak is still settling a move or copy; the client already waited and asked again (src/api/client.ts).
  'file-busy': 'retry',
  // Its files are already in the user's drive: the web app shows them.
  'own-share': 'open-pikpak',
  'region-blocked': 'none',
  'share-pass-code': 'none',
  'share-unavailable': 'none',
  // SENSITIVE_RESOURCE: PikPak blocked the shared content itself; no code or address helps.
  'share-sensitive': 'none',
  // PikPak answered the file without a usable link, twice (fresh-link.ts): often a file still being processed.
  'no-link': 'retry',
  // The browser's interrupt reason (SERVER_FORBIDDEN, NETWORK_FAILED, USER_CANCELED…) is the detail.
  'download-interrupted': 'retry',
  'aria2-secret': 'none',
  'aria2-unreachable': 'retry',
  // The request's message carries aria2's own words ("No URI to download."); pages may show it beside this.
  'aria2-refused': 'none',
  'aria2-timeout': 'retry',
  // Only a page can ask for the host permission (a user gesture): Options › aria2 does it on Save.
  'aria2-permission': 'none',
  network: 'retry',
  timeout: 'retry',
  server: 'retry',
  'malformed-response': 'retry',
  'bad-request': 'none',
  unknown: 'retry',
};

/** The user-facing text for an error kind. Keys live in public/_locales/{en,zh_CN,zh_TW}/messages.json. */
export function describeError(kind: ErrorKind): ErrorDescription {
  const messageKey = `error${kind.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as MessageKey;
  return { messageKey, actionKey: `${messageKey}Action` as MessageKey, action: ERROR_ACTIONS[kind] };
}
