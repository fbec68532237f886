import { t } from '../../shared/i18n.ts';
import { rejectReasonKey, unsendableReasonKey } from '../../shared/links/reason-text.ts';
import type { ShareLink } from '../../shared/links/index.ts';
import type { PendingSelection, PendingShare } from '../../shared/pending-selection.ts';
import type { Destination } from '../../shared/destination.ts';
import type { NotificationAction, NotificationSpec } from '../feedback/notifications.ts';
import type { EnqueueLink } from '../send-queue/index.ts';
import { collectLinks, MAX_SELECTION_LINKS, type ClickTarget, type CollectedLinks } from './collect.ts';
import type { PageSelection } from './read-selection.ts';

/**
 * What happens once the user pointed at something and said "Send to PikPak" (context menu or shortcut): one
 * link is queued at once; several open the confirm window; nothing sendable says why in a notification. Share links
 * are not sent: one alone is offered to open in the file browser (the notification's click and button), several
 * (or shares among sendable links) are listed in the confirm window with Open. Everything the browser does is
 * injected, so this is tested in Node.
 */

export interface SendIntentDeps {
  queueLinks(
    links: readonly EnqueueLink[],
    destination: Destination,
  ): Promise<{ added: number; alreadyQueued: number }>;
  /** Asks the user which of several links to send (stores the selection, opens the confirm window). */
  confirm(pending: PendingSelection): Promise<void>;
  notify(spec: NotificationSpec): Promise<void>;
  now(): number;
  newId(): string;
}

export type SendIntentOutcome =
  | { kind: 'queued'; added: number; alreadyQueued: number }
  | { kind: 'confirm'; id: string; count: number }
  | { kind: 'nothing'; collected: CollectedLinks };

export interface SendIntent {
  target: ClickTarget;
  /** What the page said is selected (undefined when it could not be asked). */
  selection?: PageSelection | undefined;
  destination: Destination;
  page: { title: string; url: string };
}

function reasonText(collected: CollectedLinks): string {
  const reason = collected.reason;
  if (reason === undefined) return t('linkReasonNotALink');
  return 'reject' in reason ? t(rejectReasonKey(reason.reject)) : t(unsendableReasonKey(reason.unsendable));
}

const pendingShare = ({ shareId, passCode, displayName }: ShareLink): PendingShare => ({
  shareId,
  displayName,
  ...(passCode === undefined ? {} : { passCode }),
});

export async function sendIntent(intent: SendIntent, deps: SendIntentDeps): Promise<SendIntentOutcome> {
  const collected = collectLinks(intent.target, intent.selection);
  const links = collected.links.slice(0, MAX_SELECTION_LINKS);
  const [onlyShare, ...otherShares] = collected.shareLinks;
  if (links.length === 0 && onlyShare !== undefined && otherShares.length === 0) {
    const { shareId, passCode } = onlyShare;
    const open: NotificationAction = { type: 'open-share', shareId, ...(passCode === undefined ? {} : { passCode }) };
    // Firefox shows no buttons: the click on the notification opens the share too.
    await deps.notify({
      id: 'send-share',
      title: t('notifyShareTitle'),
      message: t('notifyShareText'),
      context: onlyShare.displayName,
      click: open,
      buttons: [{ title: t('menuOpenShare'), action: open }],
    });
    return { kind: 'nothing', collected };
  }
  if (links.length === 0 && collected.shareLinks.length === 0) {
    await deps.notify({
      id: 'send-nothing',
      title: t(collected.source === 'selection' ? 'sendNothingInSelectionTitle' : 'sendNothingTitle'),
      message: reasonText(collected),
    });
    return { kind: 'nothing', collected };
  }
  const enqueueLinks = links.map(({ url, key, displayName }) => ({ url, key, displayName }));
  // One link goes at once; a selection that also held share links opens the window, which says why they stay.
  if (links.length === 1 && (collected.source !== 'selection' || collected.shares === 0)) {
    return { kind: 'queued', ...(await deps.queueLinks(enqueueLinks, intent.destination)) };
  }
  const pending: PendingSelection = {
    id: deps.newId(),
    links: enqueueLinks,
    destination: intent.destination,
    skipped: { shares: collected.shares, unreadable: collected.unreadable + (collected.links.length - links.length) },
    shares: collected.shareLinks.slice(0, MAX_SELECTION_LINKS).map(pendingShare),
    page: intent.page,
    createdAt: deps.now(),
  };
  await deps.confirm(pending);
  return { kind: 'confirm', id: pending.id, count: links.length };
}
