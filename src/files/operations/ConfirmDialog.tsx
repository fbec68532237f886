import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export type ConfirmDialogProps = {
  title: string;
  text: string;
  /** The button that does it ("Delete permanently"), drawn as dangerous. */
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before something that cannot be undone; Cancel has the focus, so Enter alone never destroys anything. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} text={text} role="alertdialog" onClose={onClose}>
      <div class="files-dialog__actions">
        <Button size="sm" onClick={onClose} data-autofocus="">
          {t('actionCancel')}
        </Button>
        <Button size="sm" variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
