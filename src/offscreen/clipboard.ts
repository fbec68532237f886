import browser from 'webextension-polyfill';
import { CLIPBOARD_READ_MESSAGE } from '../shared/clipboard.ts';

/**
 * Chrome's offscreen document for the keyboard shortcut: a service worker has no clipboard, a document with the
 * `clipboardRead` permission does. It answers one message and holds nothing; the worker closes it after use.
 */
browser.runtime.onMessage.addListener((message: unknown) => {
  if (message !== CLIPBOARD_READ_MESSAGE) return undefined;
  const box = document.getElementById('paste') as HTMLTextAreaElement;
  box.value = '';
  box.focus();
  // execCommand('paste') is what works in an unfocused offscreen document (navigator.clipboard needs focus).
  document.execCommand('paste');
  return Promise.resolve(box.value);
});
