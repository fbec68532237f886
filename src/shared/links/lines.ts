/**
 * The popup's quick-add box: one link per line, each validated on its own so the UI can mark bad lines and send
 * the rest. A line may hold several links ("a.torrent b.torrent") or a link with words around it.
 */
import { findLinks, mergeDuplicate } from './extract.ts';
import { parseLink } from './parse.ts';
import type { LinkResult, MagnetLink } from './types.ts';

export interface LineResult {
  /** 1-based line number in the box. */
  line: number;
  /** The text this result was read from: the trimmed line, or the link's slice of it. */
  input: string;
  result: LinkResult;
  /** Line of the first entry with the same key; this one should not be sent again. */
  duplicateOf?: number;
}

export function parseLines(text: string): LineResult[] {
  const entries: LineResult[] = [];
  const firstByKey = new Map<string, LineResult>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    for (const result of readLine(line)) {
      const entry: LineResult = { line: index + 1, input: result.input, result };
      const first = result.ok ? firstByKey.get(result.key) : undefined;
      if (first?.result.ok && result.ok) {
        entry.duplicateOf = first.line;
        // Keep the first line's link, enriched (a magnet gains the duplicate's trackers).
        first.result = mergeDuplicate(first.result, result);
      } else if (result.ok) {
        firstByKey.set(result.key, entry);
      }
      entries.push(entry);
    }
  });
  return entries;
}

/**
 * The links of one line: the links found in it, or, when none is, the whole line's own verdict (it may be a link
 * the free-text scan is too cautious to pick, such as a 40-digit hash, or it gives the reason). A link-shaped slice's
 * rejection beats the whole line's: it is more specific.
 */
function readLine(line: string): LinkResult[] {
  const found = findLinks(line);
  const only = found.length === 1 ? found[0] : undefined;
  if (only?.ok && only.kind === 'magnet' && only.input !== line) return [nameToLineEnd(only, line)];
  if (found.some((result) => result.ok)) return found;
  const whole = parseLink(line);
  return whole.ok || found.length === 0 ? [whole] : found;
}

/**
 * A magnet that ends inside its name is cut at the first space (the scan cannot tell a name from the sentence after
 * it). On a line of its own that name runs to the line end: use the whole line's reading when it differs only in
 * the name — never when the extra words would land in a tracker or another parameter.
 */
function nameToLineEnd(link: MagnetLink, line: string): MagnetLink {
  const whole = parseLink(line);
  const withoutName = (url: string) => url.replace(/&dn=[^&]*/, '');
  return whole.ok &&
    whole.kind === 'magnet' &&
    whole.key === link.key &&
    withoutName(whole.url) === withoutName(link.url)
    ? whole
    : link;
}
