/** The message the worker sends to its offscreen document to read the clipboard (src/offscreen/clipboard.ts). */
export const CLIPBOARD_READ_MESSAGE = 'offscreen.readClipboard';
export const OFFSCREEN_CLIPBOARD_PATH = 'src/offscreen/clipboard.html';
/** The optional permission the shortcut needs to send the clipboard; asked for in Options › Shortcut. */
export const CLIPBOARD_PERMISSION = 'clipboardRead';
