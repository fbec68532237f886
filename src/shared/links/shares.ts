/**
 * PikPak share links in text a user pastes into the file browser's Shares box: every form `extractLinks` reads, plus
 * links written without their scheme (`mypikpak.com/s/…`, as chat apps and forums shorten them).
 */
import { extractLinks } from './extract.ts';
import type { ShareLink } from './types.ts';

/** A share page's address without a scheme, not glued to a word, a path or another address before it. */
const SCHEMELESS_SHARE = /(^|[^\w./:@-])((?:www\.|drive\.)?mypikpak\.(?:com|net)\/s\/)/gi;

/** The share links in `text`, in order, one per share (the first link of a share wins, with its pass code). */
export function shareLinksIn(text: string): ShareLink[] {
  const links = extractLinks(text.replace(SCHEMELESS_SHARE, '$1https://$2'));
  const seen = new Set<string>();
  return links.filter((link): link is ShareLink => {
    if (link.kind !== 'pikpak-share' || seen.has(link.shareId)) return false;
    seen.add(link.shareId);
    return true;
  });
}
