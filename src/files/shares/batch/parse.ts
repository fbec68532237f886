import { findLinks, type ShareLink } from '../../../shared/links/index.ts';
import { withNearbyPassCode } from '../../../shared/links/sites.ts';

/**
 * A pasted block of share links (a forum post, a list kept in a note, the seed's "batch add share mounts"): every
 * PikPak share in it once, with its pass code, and how many lines held none.
 */

export interface BatchLink {
  shareId: string;
  /** From `?pwd=`, or a "提取码: xxxx" beside the link or on the next line. */
  passCode?: string;
  /** The link as the parser wrote it (canonical: https, no www). */
  url: string;
}

export interface ParsedBlock {
  links: BatchLink[];
  /** Lines with text but no share link (a pass code's own line, taken by the link above it, is not one). */
  otherLines: number;
  /** Links naming a share already found above them. */
  repeats: number;
}

/**
 * The forms people paste that the shared link finder does not read as shares (it wants `https://` and the two web
 * app hosts): `mypikpak.com/s/…` without a scheme, and `drive.mypikpak.com/s/…`, which link finders accept too
 * (pikpak-api.md §12.5). Both are written as the web app's address before the finder reads the line. Not after a
 * letter, dot, slash or `=`, so a share address inside another URL's path or query is left alone.
 */
const LOOSE_SHARE_ADDRESS = /(?<![\w.@/=-])(?:https?:\/\/)?(?:(?:www|drive)\.)?mypikpak\.(com|net)\/s\//gi;

function normalise(line: string): string {
  return line.replace(LOOSE_SHARE_ADDRESS, (_, tld: string) => `https://mypikpak.${tld.toLowerCase()}/s/`);
}

function shareLinksIn(line: string): { shares: ShareLink[]; anyLink: boolean } {
  const found = findLinks(normalise(line));
  const shares = found.filter((link): link is ShareLink => link.ok && link.kind === 'pikpak-share');
  return { shares, anyLink: found.length > 0 };
}

/** Reads `text` line by line; the first link to a share wins, and gains a pass code a later one carries. */
export function parseShareBlock(text: string): ParsedBlock {
  const lines = text.split(/\r\n|\r|\n/);
  const byId = new Map<string, BatchLink>();
  let otherLines = 0;
  let repeats = 0;
  let codeLineTaken = -1;
  lines.forEach((line, index) => {
    const { shares } = shareLinksIn(line);
    if (shares.length === 0) {
      if (line.trim() !== '' && index !== codeLineTaken) otherLines += 1;
      return;
    }
    shares.forEach((found, position) => {
      let link = found;
      // "链接: https://mypikpak.com/s/VOxx" with "提取码: ab12" on the line below, as share posts are often written.
      const next = lines[index + 1];
      if (position === shares.length - 1 && link.passCode === undefined && next !== undefined) {
        const withCode = withNearbyPassCode(link, `\n${next.slice(0, 64)}`);
        if (withCode.passCode !== undefined && !shareLinksIn(next).anyLink) {
          link = withCode;
          codeLineTaken = index + 1;
        }
      }
      const known = byId.get(link.shareId);
      if (known === undefined) {
        byId.set(link.shareId, {
          shareId: link.shareId,
          url: link.url,
          ...(link.passCode === undefined ? {} : { passCode: link.passCode }),
        });
        return;
      }
      repeats += 1;
      if (known.passCode === undefined && link.passCode !== undefined) known.passCode = link.passCode;
    });
  });
  return { links: [...byId.values()], otherLines, repeats };
}
