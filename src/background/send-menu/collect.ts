import {
  acceptedLinks,
  findLinks,
  parseLink,
  type LinkResult,
  type ParsedLink,
  type RejectReason,
  type ShareLink,
  type UnsendableReason,
} from '../../shared/links/index.ts';
import type { PageSelection } from './read-selection.ts';

/** What a context-menu click (or the shortcut) points at, as far as links go. Pure: tested without a browser. */
export interface ClickTarget {
  selectionText?: string | undefined;
  linkUrl?: string | undefined;
  srcUrl?: string | undefined;
  pageUrl?: string | undefined;
}

export type ClickSource = 'selection' | 'link' | 'media' | 'page';

export interface CollectedLinks {
  source: ClickSource;
  /** Sendable links, deduplicated, in page order. */
  links: ParsedLink[];
  /** Share links found (recognised, not sendable: they open in the file browser). */
  shares: number;
  /** Those share links, deduplicated, in page order. */
  shareLinks: ShareLink[];
  /** Link-shaped text that could not be read. */
  unreadable: number;
  /** Why nothing could be sent, when `links` is empty and something was pointed at. */
  reason?: { reject: RejectReason } | { unsendable: UnsendableReason };
}

/** Cap on one selection: a page can hold far more links than anyone means to send at once. */
export const MAX_SELECTION_LINKS = 5_000;

function single(source: ClickSource, input: string): CollectedLinks {
  const result: LinkResult = parseLink(input);
  if (!result.ok)
    return { source, links: [], shares: 0, shareLinks: [], unreadable: 1, reason: { reject: result.reason } };
  if (!result.sendable)
    return {
      source,
      links: [],
      shares: 1,
      shareLinks: [result],
      unreadable: 0,
      reason: { unsendable: result.unsendableReason },
    };
  return { source, links: [result], shares: 0, shareLinks: [], unreadable: 0 };
}

/** Drops anchors that only jump within the page the selection is on. */
function withoutSamePageAnchors(hrefs: readonly string[], pageUrl: string | undefined): string[] {
  const page = pageUrl?.split('#')[0];
  return hrefs.filter((href) => !href.startsWith('javascript:') && (page === undefined || href.split('#')[0] !== page));
}

/**
 * The links a click means: the selection (its text, the anchors it touches, and the right-clicked link), else
 * the link, else the video/audio source, else the page itself.
 */
export function collectLinks(target: ClickTarget, selection?: PageSelection): CollectedLinks {
  const selectedText = selection?.text.trim() ? selection.text : (target.selectionText ?? '');
  const hrefs = withoutSamePageAnchors(selection?.hrefs ?? [], target.pageUrl);
  if (selectedText.trim() !== '' || hrefs.length > 0) {
    // Parsed once: the accepted links and the unreadable ones come from the same results.
    const results = findLinks([selectedText, ...hrefs, target.linkUrl ?? ''].join('\n'));
    const all = acceptedLinks(results);
    const links = all.filter((link) => link.sendable);
    const shareLinks = all.filter((link): link is ShareLink => !link.sendable);
    const unreadable = results.filter((result) => !result.ok).length;
    // A selection with nothing link-like in it falls back to the right-clicked link, if there is one.
    if (all.length > 0 || unreadable > 0 || target.linkUrl === undefined) {
      const collected: CollectedLinks = {
        source: 'selection',
        links,
        shares: shareLinks.length,
        shareLinks,
        unreadable,
      };
      const firstShare = shareLinks[0];
      if (links.length === 0)
        collected.reason = firstShare ? { unsendable: firstShare.unsendableReason } : { reject: 'not-a-link' };
      return collected;
    }
  }
  if (target.linkUrl) return single('link', target.linkUrl);
  if (target.srcUrl) return single('media', target.srcUrl);
  if (target.pageUrl) return single('page', target.pageUrl);
  return { source: 'page', links: [], shares: 0, shareLinks: [], unreadable: 0, reason: { reject: 'empty' } };
}
