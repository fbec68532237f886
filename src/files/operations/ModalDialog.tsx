import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { useModalDialog } from '../../ui/use-modal-dialog.ts';

export type ModalDialogProps = {
  title: string;
  /** Escape or Cancel. */
  onClose: () => void;
  /** `alertdialog` for a question about something that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** The sentence under the title, which describes the dialog. */
  text?: string;
  children: ComponentChildren;
};

/**
 * A native modal dialog, open while mounted: the page behind is inert and focus stays inside; Escape closes it, and
 * focus goes back to what had it before (the list, the toolbar's button). The control marked `data-autofocus`
 * takes the focus first, else the browser's first one.
 */
export function ModalDialog({ title, onClose, role = 'dialog', text, children }: ModalDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog
      ref={dialog}
      class="files-dialog"
      role={role}
      aria-labelledby={`${id}-title`}
      aria-describedby={text === undefined ? undefined : `${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} class="files-dialog__title">
        {title}
      </h2>
      {text !== undefined && (
        <p id={`${id}-text`} class="files-dialog__text">
          {text}
        </p>
      )}
      {children}
    </dialog>
  );
}
