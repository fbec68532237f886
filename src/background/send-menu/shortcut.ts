import type browser from 'webextension-polyfill';
import { t } from '../../shared/i18n.ts';
import type { Destination } from '../../shared/destination.ts';
import { ruleFor, type SiteRule } from '../../shared/site-rules.ts';
import type { ClipboardRead } from '../clipboard.ts';
import type { PageSelection } from './read-selection.ts';
import { sendIntent, type SendIntentDeps, type SendIntentOutcome } from './send-intent.ts';

export const SEND_SELECTION_COMMAND = 'send-selection';

export interface ShortcutDeps extends SendIntentDeps {
  readSelection(tabId: number, frameId: number): Promise<PageSelection | undefined>;
  readClipboard(): Promise<ClipboardRead>;
  defaultDestination(): Promise<Destination>;
  siteRules(): Promise<SiteRule[]>;
}

export type ShortcutOutcome = SendIntentOutcome | { kind: 'clipboard-not-allowed' } | { kind: 'nothing-selected' };

/**
 * The "Send to PikPak" keyboard shortcut: the selection on the current page (readable thanks to `activeTab`,
 * which the shortcut grants), or, when nothing is selected, the clipboard (if the user allowed it). Sends to the
 * folder of the rule for the tab's site (its URL is readable under `activeTab` too), else the default destination.
 * The clipboard goes there as well: the user pressed the shortcut on that site.
 */
export async function handleShortcut(
  command: string,
  tab: browser.Tabs.Tab | undefined,
  deps: ShortcutDeps,
): Promise<ShortcutOutcome | undefined> {
  if (command !== SEND_SELECTION_COMMAND) return undefined;
  const selection = tab?.id === undefined ? undefined : await deps.readSelection(tab.id, 0);
  const selected = selection !== undefined && (selection.text.trim() !== '' || selection.hrefs.length > 0);
  const [rules, fallback] = await Promise.all([deps.siteRules(), deps.defaultDestination()]);
  const destination = ruleFor(rules, tab?.url)?.destination ?? fallback;
  const page = { title: tab?.title ?? '', url: tab?.url ?? '' };
  if (selected) {
    return sendIntent(
      { target: { selectionText: selection.text, pageUrl: tab?.url }, selection, destination, page },
      deps,
    );
  }
  const clipboard = await deps.readClipboard();
  if (!clipboard.allowed) {
    await deps.notify({
      id: 'send-nothing',
      title: t('shortcutNothingSelectedTitle'),
      message: t('shortcutNothingSelectedText'),
      click: { type: 'open-options', section: 'shortcut' },
    });
    return { kind: 'clipboard-not-allowed' };
  }
  if (clipboard.text.trim() === '') {
    await deps.notify({
      id: 'send-nothing',
      title: t('shortcutNothingSelectedTitle'),
      message: t('shortcutClipboardEmptyText'),
    });
    return { kind: 'nothing-selected' };
  }
  // The clipboard is treated like a selection: one link goes at once, several open the confirm window.
  return sendIntent(
    {
      target: { selectionText: clipboard.text },
      selection: { text: clipboard.text, hrefs: [] },
      destination,
      page: { title: t('shortcutClipboardSource'), url: '' },
    },
    deps,
  );
}
