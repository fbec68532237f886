/**
 * Every link in free text — a right-clicked selection, a pasted page, the clipboard — in order of appearance.
 */
import { mergeMagnets } from './magnet.ts';
import { parseLink } from './parse.ts';
import { findCandidates } from './scan.ts';
import { withNearbyPassCode } from './sites.ts';
import type { LinkResult, ParsedLink } from './types.ts';

/**
 * Each link-shaped slice of `text`, accepted or not, in order, duplicates included. Rejections are kept so a
 * caller can say "2 links could not be read"; slices that turned out to be no link at all (`magnet` as a word,
 * a scheme with nothing after it) are dropped.
 */
export function findLinks(text: string): LinkResult[] {
  const results: LinkResult[] = [];
  for (const { start, end } of findCandidates(text)) {
    const result = parseLink(text.slice(start, end));
    if (!result.ok && (result.reason === 'not-a-link' || result.reason === 'empty')) continue;
    results.push(
      result.ok && result.kind === 'pikpak-share' ? withNearbyPassCode(result, text.slice(end, end + 64)) : result,
    );
  }
  return results;
}

/** The accepted links in `text`, deduplicated by key (the first wins; a later magnet's extra trackers join it). */
export function extractLinks(text: string): ParsedLink[] {
  return acceptedLinks(findLinks(text));
}

/** The accepted links of `findLinks`'s results, deduplicated as `extractLinks` does. */
export function acceptedLinks(results: readonly LinkResult[]): ParsedLink[] {
  const links: ParsedLink[] = [];
  const byKey = new Map<string, number>();
  for (const result of results) {
    if (!result.ok) continue;
    const index = byKey.get(result.key);
    const first = index === undefined ? undefined : links[index];
    if (index === undefined || first === undefined) {
      byKey.set(result.key, links.length);
      links.push(result);
    } else {
      links[index] = mergeDuplicate(first, result);
    }
  }
  return links;
}

/** The link to keep when `duplicate` has the same key as `first`. */
export function mergeDuplicate(first: ParsedLink, duplicate: ParsedLink): ParsedLink {
  return first.kind === 'magnet' && duplicate.kind === 'magnet' ? mergeMagnets(first, duplicate) : first;
}
