/**
 * The root folder field (Options › Downloads › Root folder; the seed's "Root folder id"): a folder id as PikPak
 * writes it, the web app's address of a folder (`https://mypikpak.com/drive/all/<id>`, also `/drive/<id>` and the
 * `.net` mirror, with or without www.), or the file browser's own address (`…/src/files/index.html#folder=<id>`).
 * `root`, the seed's default, and `/drive/all` are the drive's own root. Pure: the page asks PikPak afterwards
 * whether the id is a folder.
 */

export type FolderInput = { ok: true; id: string | null } | { ok: false; problem: 'empty' | 'invalid' };

/** PikPak's ids are URL-safe (`VN…`, 26 characters); a bound keeps anything else out of requests. */
const FOLDER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const WEB_APP_HOSTS = new Set(['mypikpak.com', 'www.mypikpak.com', 'mypikpak.net', 'www.mypikpak.net']);

/** The web app's places under `/drive/` that are no folder. */
const WEB_APP_PLACES = new Set(['recent', 'starred', 'trash', 'transfer', 'search', 'photos', 'share', 'shares']);

const ROOT_WORDS = new Set(['root', '']);

function fromPath(path: string): FolderInput {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts[0] !== 'drive') return { ok: false, problem: 'invalid' };
  const rest = parts[1] === 'all' ? parts.slice(2) : parts.slice(1);
  if (parts.length === 2 && parts[1] === 'all') return { ok: true, id: null };
  const [id, ...extra] = rest;
  if (id === undefined || extra.length > 0 || WEB_APP_PLACES.has(id)) return { ok: false, problem: 'invalid' };
  return fromId(decodeURIComponent(id));
}

function fromId(id: string): FolderInput {
  if (ROOT_WORDS.has(id)) return { ok: true, id: null };
  return FOLDER_ID.test(id) ? { ok: true, id } : { ok: false, problem: 'invalid' };
}

export function parseFolderInput(input: string): FolderInput {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/[/:#]/.test(text)) return fromId(text);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  // The file browser's address: any extension origin, the folder in the hash.
  if (/^(chrome|moz)-extension:$/.test(url.protocol)) {
    const folder = new URLSearchParams(url.hash.replace(/^#/, '')).get('folder');
    return folder === null ? { ok: false, problem: 'invalid' } : fromId(folder);
  }
  if (!['https:', 'http:'].includes(url.protocol) || !WEB_APP_HOSTS.has(url.hostname.toLowerCase())) {
    return { ok: false, problem: 'invalid' };
  }
  return fromPath(url.pathname);
}
