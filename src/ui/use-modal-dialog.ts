import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Shows a `<dialog>` as a native modal while the component is mounted: the page behind is inert and Tab stays in
 * the dialog (or the browser's own controls). When it unmounts, the focus goes back to what had it before (the
 * button or list that opened it): Chrome does not do that for a dialog removed from the page, so a keyboard user
 * would otherwise be left at the top of the page. The control marked `data-autofocus` takes the focus first, else
 * the browser's first one. Runs before paint, so a key pressed at once lands in the dialog.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement>): void {
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // happy-dom (unit tests) has no showModal.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
}
