/**
 * Gives the focus back to the file list once what had it is gone (a dialog that made a folder, a message's button,
 * a toolbar button whose items left): keyboard users carry on where they work. After the next frame, so the
 * browser has put the focus back where the dialog found it first.
 */
export function focusList(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="grid"]')?.focus());
}
