import { defineItem, isRecord } from './storage.ts';

/**
 * Where "Send to aria2" goes (Options › aria2): aria2's or Motrix's JSON-RPC endpoint, its `--rpc-secret` and the
 * folder on that computer the files go to. The secret is read by the options page (to show it in its field) and
 * the worker (to put it in the RPC call); it is sent to nobody but aria2 and never written into a log or error.
 */
export interface Aria2Settings {
  endpoint: string;
  secret: string;
  /** aria2's `dir` for every file; '' leaves it to aria2's own `--dir`. */
  dir: string;
}

/** aria2's own default (`--rpc-listen-port=6800`); Motrix listens on 16800. */
export const DEFAULT_ARIA2_ENDPOINT = 'http://localhost:6800/jsonrpc';

export const DEFAULT_ARIA2_SETTINGS: Aria2Settings = { endpoint: DEFAULT_ARIA2_ENDPOINT, secret: '', dir: '' };

/** Limits a stored or typed value must keep, so nothing unbounded reaches a request. */
const MAX_LENGTH = 2_000;

/**
 * The endpoint as the worker calls it, or undefined when it is not an http(s) URL. `host:port` or a bare origin
 * gets aria2's path `/jsonrpc`; `ws://` and `wss://` (as AriaNg shows them) become http and https, since aria2
 * answers JSON-RPC over plain HTTP on the same port. User and password in the URL are refused: fetch rejects
 * them, and aria2 authenticates with the secret.
 */
export function normalizeEndpoint(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol === 'ws:') url.protocol = 'http:';
  if (url.protocol === 'wss:') url.protocol = 'https:';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  if (url.pathname === '/') url.pathname = '/jsonrpc';
  url.hash = '';
  return url.toString();
}

/**
 * The host permission an endpoint needs: its scheme and host, any port. Firefox's match patterns take no port
 * (a pattern with one never matches there), and in Chrome a portless pattern matches every port of that host.
 */
export function endpointOriginPattern(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The endpoint's origin as people read it (`http://localhost:6800`), for messages. */
export function endpointOrigin(endpoint: string): string {
  return new URL(endpoint).origin;
}

function isAria2Settings(value: unknown): value is Aria2Settings {
  if (!isRecord(value)) return false;
  const { endpoint, secret, dir } = value;
  return (
    typeof endpoint === 'string' &&
    normalizeEndpoint(endpoint) === endpoint &&
    typeof secret === 'string' &&
    secret.length <= MAX_LENGTH &&
    typeof dir === 'string' &&
    dir.length <= MAX_LENGTH
  );
}

/** Checks settings a page typed; the endpoint normalised. Undefined when the endpoint is not usable. */
export function aria2SettingsFrom(input: { endpoint: string; secret: string; dir: string }): Aria2Settings | undefined {
  const endpoint = normalizeEndpoint(input.endpoint);
  const settings = { endpoint: endpoint ?? '', secret: input.secret, dir: input.dir.trim() };
  return endpoint !== undefined && isAria2Settings(settings) ? settings : undefined;
}

export const aria2SettingsItem = defineItem<Aria2Settings>('local', 'aria2', DEFAULT_ARIA2_SETTINGS, isAria2Settings);
