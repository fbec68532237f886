/**
 * A relative path the browser's downloads accept on every system: Chrome refuses absolute paths, empty segments and
 * `..`, names starting or ending with a dot or ending in a space, shell-integrated extensions (.lnk, .url, .local,
 * .scf; Chromium's IsSafePortablePathComponent), and Windows refuses `<>:"/\|?*`, control characters and device
 * names (CON, NUL, COM1…). PikPak allows all of these in names, so each segment is made safe, keeping it
 * recognisable.
 */

// Control characters are exactly what must go.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const SHELL_EXTENSION = /\.(lnk|local|scf|url)$/i;
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Longest segment kept: most file systems allow 255 bytes, and a name may be UTF-8 of up to 3 bytes a character. */
const MAX_SEGMENT = 80;

export function safeSegment(name: string): string {
  let safe = name
    .replace(UNSAFE, '_')
    .trim()
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
    .replace(/[. ]+$/, '');
  if (safe === '') safe = '_';
  if (DEVICE.test(safe)) safe = `_${safe}`;
  if (SHELL_EXTENSION.test(safe)) safe = `${safe}_`;
  if (safe.length > MAX_SEGMENT) {
    // Keep the extension: it decides how the system opens the file.
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 12 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_SEGMENT - extension.length).trimEnd() + extension;
  }
  return safe;
}

/** `Folder/Sub/file.ext` with every segment safe. */
export function safeDownloadPath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map(safeSegment)
    .join('/');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The counter a browser adds to a name already taken (`uniquify`): " (1)" in Chrome, "(1)" in Firefox. */
const COUNTER = '( ?\\(\\d+\\))?';

/**
 * A `downloads.search` filenameRegex for the absolute path the browser saved `path` (relative, safe) as: under any
 * folder, with either separator, and with the counter the browser adds to a name already taken: before the last
 * dot ("a.tar (1).gz", Chrome), or before a double extension such as ".tar.gz" ("a(1).tar.gz", Firefox).
 */
export function savedAsRegex(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const [stem, extension] = dot > slash + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  const separator = '[\\\\/]';
  const escapePath = (part: string) => part.split('/').map(escapeRegex).join(separator);
  // Firefox keeps a short extension before .gz/.bz2/.Z together with it ("a(1).tar.gz").
  const inner = /^\.(gz|bz2|z)$/i.test(extension) ? /\.[a-z0-9]{1,3}$/i.exec(stem) : null;
  const cut = inner && inner.index > slash + 1 ? inner.index : -1;
  const parts =
    cut < 0 ? escapePath(stem) : `${escapePath(stem.slice(0, cut))}${COUNTER}${escapeRegex(stem.slice(cut))}`;
  return `${separator}${parts}${COUNTER}${escapeRegex(extension)}$`;
}
