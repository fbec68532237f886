import browser from 'webextension-polyfill';
import { CLIPBOARD_PERMISSION, CLIPBOARD_READ_MESSAGE, OFFSCREEN_CLIPBOARD_PATH } from '../shared/clipboard.ts';

/** Chrome's offscreen API (not in the polyfill's types; Firefox has none and reads the clipboard directly). */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

/**
 * The clipboard's text, for the shortcut when nothing is selected. Not allowed until the user allowed it in
 * Options (reading the clipboard is not asked for at install: most people never need it).
 */
export type ClipboardRead = { allowed: false } | { allowed: true; text: string };

export async function readClipboard(): Promise<ClipboardRead> {
  if (!(await browser.permissions.contains({ permissions: [CLIPBOARD_PERMISSION] }))) return { allowed: false };
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (offscreen === undefined) return { allowed: true, text: await navigator.clipboard.readText() };
  try {
    await offscreen.createDocument({
      url: OFFSCREEN_CLIPBOARD_PATH,
      reasons: ['CLIPBOARD'],
      justification:
        'Read links from the clipboard when the user presses the Send to PikPak shortcut with nothing selected.',
    });
  } catch (error) {
    // One offscreen document at a time: an earlier one still open is fine to use.
    if (!String(error).includes('single offscreen')) throw error;
  }
  try {
    const text: unknown = await browser.runtime.sendMessage(CLIPBOARD_READ_MESSAGE);
    return { allowed: true, text: typeof text === 'string' ? text : '' };
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}
