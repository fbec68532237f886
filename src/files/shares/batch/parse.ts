import { findLinks, shareLinksIn, type ShareLink } from '../../../shared/links/index.ts';
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
  /** Lines' links naming a share already found on an earlier line. */
  repeats: number;
}

/**
 * The shares of one line, read as the Shares box reads them (`shareLinksIn`: scheme-less and `drive.` forms, the
 * pass code in the link or beside it), and whether the line holds any link at all.
 */
function shareLinksOf(line: string): { shares: ShareLink[]; anyLink: boolean } {
  const shares = shareLinksIn(line);
  return { shares, anyLink: shares.length > 0 || findLinks(line).length > 0 };
}

/** Reads `text` line by line; the first link to a share wins, and gains a pass code a later one carries. */
export function parseShareBlock(text: string): ParsedBlock {
  const lines = text.split(/\r\n|\r|\n/);
  const byId = new Map<string, BatchLink>();
  let otherLines = 0;
  let repeats = 0;
  let codeLineTaken = -1;
  lines.forEach((line, index) => {
    const { shares } = shareLinksOf(line);
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
        if (withCode.passCode !== undefined && !shareLinksOf(next).anyLink) {
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
