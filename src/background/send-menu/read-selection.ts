/**
 * Runs in the clicked page (via `scripting.executeScript`, allowed by `activeTab` for the click), so it must be
 * self-contained: no imports, no closures. Returns the selected text and the address of every link the
 * selection touches (a selection over "Download" anchors has no link in its text).
 */
export interface PageSelection {
  text: string;
  hrefs: string[];
}

export function readSelectionInPage(): PageSelection {
  const active = document.activeElement;
  // A selection inside a text box is not part of the document's selection.
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      return { text: value.slice(selectionStart, selectionEnd), hrefs: [] };
    }
  }
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0) return { text: '', hrefs: [] };
  const hrefs: string[] = [];
  for (let index = 0; index < selection.rangeCount; index++) {
    const range = selection.getRangeAt(index);
    const common = range.commonAncestorContainer;
    const container = common instanceof Element ? common : common.parentElement;
    if (container === null) continue;
    const enclosing = container.closest('a[href]');
    if (enclosing instanceof HTMLAnchorElement) hrefs.push(enclosing.href);
    for (const anchor of container.querySelectorAll('a[href]')) {
      if (anchor instanceof HTMLAnchorElement && range.intersectsNode(anchor)) hrefs.push(anchor.href);
    }
  }
  return { text: selection.toString(), hrefs };
}
