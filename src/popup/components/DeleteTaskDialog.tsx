import './DeleteTaskDialog.css';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { useModalDialog } from '../../ui/use-modal-dialog.ts';

export type DeleteTaskDialogProps = {
  /** The task's name, or undefined when several tasks are deleted. */
  name: string;
  /** The delete is on its way. */
  busy?: boolean;
  onConfirm: (deleteFiles: boolean) => void;
  onCancel: () => void;
};

/**
 * Asks before a task is deleted, and whether its downloaded files go too (off by default: deleting a task from
 * the list should not lose what was downloaded). A modal <dialog>: focus stays inside, Escape cancels, and the
 * focus goes back to the Delete button.
 */
export function DeleteTaskDialog({ name, busy = false, onConfirm, onCancel }: DeleteTaskDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleteFiles, setDeleteFiles] = useState(false);
  useModalDialog(dialog);
  return (
    <dialog
      ref={dialog}
      class="task-dialog"
      aria-labelledby="task-dialog-title"
      aria-describedby="task-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="task-dialog-title" class="task-dialog__title">
        {t('taskDeleteTitle')}
      </h2>
      <p id="task-dialog-text" class="task-dialog__text">
        {t('taskDeleteText', name)}
      </p>
      <label class="task-dialog__option">
        <input
          type="checkbox"
          checked={deleteFiles}
          onChange={(event) => setDeleteFiles(event.currentTarget.checked)}
        />
        <span>{t('taskDeleteFiles')}</span>
      </label>
      <div class="task-dialog__buttons">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          {t('taskDeleteCancel')}
        </Button>
        <Button variant="danger" size="sm" busy={busy} onClick={() => onConfirm(deleteFiles)}>
          {t('taskDeleteConfirm')}
        </Button>
      </div>
    </dialog>
  );
}
