import { isDestination, type Destination } from './destination.ts';
import { isLinkToSend, type LinkToSend } from './link-to-send.ts';
import { defineItem, isRecord } from './storage.ts';

/**
 * Links found in a right-clicked selection, waiting for the user to tick the ones to send in the confirm
 * window. Stored (not passed in the window's URL) so a thousand links fit and a restarted worker still has them.
 * Written by the background; the confirm page reads them and answers with `send.confirmSelection`.
 */
/** A share link of the selection: not sent, offered to open in the file browser (with its pass code, if given). */
export interface PendingShare {
  shareId: string;
  passCode?: string;
  /** `mypikpak.com/s/<id>`, as the link names it. */
  displayName: string;
}

export interface PendingSelection {
  id: string;
  links: LinkToSend[];
  destination: Destination;
  /** Share links in the selection (not sendable yet) and link-shaped text that could not be read. */
  skipped: { shares: number; unreadable: number };
  /** The share links themselves (absent in selections stored before shares could be opened). */
  shares?: PendingShare[];
  /** The page the selection came from. */
  page: { title: string; url: string };
  createdAt: number;
}

function isPendingShare(value: unknown): value is PendingShare {
  return (
    isRecord(value) &&
    typeof value.shareId === 'string' &&
    typeof value.displayName === 'string' &&
    (value.passCode === undefined || typeof value.passCode === 'string')
  );
}

export function isPendingSelection(value: unknown): value is PendingSelection {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.links) &&
    value.links.every(isLinkToSend) &&
    isDestination(value.destination) &&
    isRecord(value.skipped) &&
    typeof value.skipped.shares === 'number' &&
    typeof value.skipped.unreadable === 'number' &&
    (value.shares === undefined || (Array.isArray(value.shares) && value.shares.every(isPendingShare))) &&
    isRecord(value.page) &&
    typeof value.page.title === 'string' &&
    typeof value.page.url === 'string' &&
    typeof value.createdAt === 'number'
  );
}

const isPendingMap = (value: unknown): value is Record<string, PendingSelection> =>
  isRecord(value) && Object.values(value).every(isPendingSelection);

export const pendingSelectionsItem = defineItem<Record<string, PendingSelection>>(
  'local',
  'pendingSelections',
  {},
  isPendingMap,
);
