import type browser from 'webextension-polyfill';
import { t } from '../../shared/i18n.ts';
import { acceptedLinks, findLinks, parseLink, type ShareLink } from '../../shared/links/index.ts';
import type { NotificationSpec } from '../feedback/notifications.ts';
import type { MenuItem } from './menus.ts';

/**
 * "Open in PikPak Companion" on PikPak share links: the file browser opens at the share, with the pass code
 * remembered first (the link's own, or one the selection around it names). The menu item shows only on links to
 * share pages (`targetUrlPatterns`); the click parses the link again, since a pattern cannot tell `/s/<id>` from
 * other pages under `/s/`.
 */

export const SHARE_MENU_ID = 'open-share';

/**
 * Match patterns for share pages: the hosts the link parser reads shares on (the web app's, with www., and the drive
 * host link finders accept too, pikpak-api.md §12.5).
 */
export const SHARE_URL_PATTERNS: readonly string[] = [
  'mypikpak.com',
  'www.mypikpak.com',
  'mypikpak.net',
  'www.mypikpak.net',
  'drive.mypikpak.com',
].map((host) => `*://${host}/s/*`);

export function shareMenuItem(): MenuItem {
  return {
    id: SHARE_MENU_ID,
    title: t('menuOpenShare'),
    contexts: ['link'],
    targetUrlPatterns: [...SHARE_URL_PATTERNS],
  };
}

/**
 * A labelled pass code anywhere in a selection: "提取码: ab12", "pwd=ab12". English labels need a separator, so
 * prose ("the code 2024") is not read as one.
 */
const LABELLED_PASS_CODE =
  /(?:(?:提取码|密码|访问码)\s*[:：=]?|\b(?:pwd|password|pass\s?code|code)\s*[:：=])\s*([A-Za-z0-9]{4,16})(?![A-Za-z0-9])/i;

/**
 * The share a right-clicked link opens, with its pass code: the link's `?pwd=`, else the code next to the same link
 * in the selected text, else a labelled code in a selection that names no other share. Undefined: no share link.
 */
export function shareToOpen(target: {
  linkUrl?: string | undefined;
  selectionText?: string | undefined;
}): ShareLink | undefined {
  const parsed = target.linkUrl === undefined ? undefined : parseLink(target.linkUrl);
  if (!parsed?.ok || parsed.kind !== 'pikpak-share') return undefined;
  const selection = target.selectionText ?? '';
  if (parsed.passCode !== undefined || selection.trim() === '') return parsed;
  const shares = acceptedLinks(findLinks(selection)).filter((link): link is ShareLink => link.kind === 'pikpak-share');
  const same = shares.find((link) => link.shareId === parsed.shareId && link.passCode !== undefined)?.passCode;
  if (same !== undefined) return { ...parsed, passCode: same };
  // A code beside another share's link is that share's.
  if (shares.some((link) => link.shareId !== parsed.shareId)) return parsed;
  const labelled = LABELLED_PASS_CODE.exec(selection)?.[1];
  return labelled === undefined ? parsed : { ...parsed, passCode: labelled };
}

export interface ShareMenuDeps {
  /** Remembers the pass code (when given) and opens the file browser at the share in a new tab. */
  openShare(shareId: string, passCode: string | undefined, openerTabId: number | undefined): Promise<void>;
  notify(spec: NotificationSpec): Promise<void>;
}

export type ShareMenuOutcome = { kind: 'opened'; shareId: string; passCode?: string } | { kind: 'unreadable' };

export async function handleShareMenuClick(
  info: Pick<browser.Menus.OnClickData, 'linkUrl' | 'selectionText'>,
  tab: browser.Tabs.Tab | undefined,
  deps: ShareMenuDeps,
): Promise<ShareMenuOutcome> {
  const share = shareToOpen({ linkUrl: info.linkUrl, selectionText: info.selectionText });
  if (share === undefined) {
    await deps.notify({ id: 'share-unreadable', title: t('menuOpenShare'), message: t('notifyShareUnreadable') });
    return { kind: 'unreadable' };
  }
  await deps.openShare(share.shareId, share.passCode, tab?.id);
  return {
    kind: 'opened',
    shareId: share.shareId,
    ...(share.passCode === undefined ? {} : { passCode: share.passCode }),
  };
}
