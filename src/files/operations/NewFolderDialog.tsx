import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export type NewFolderDialogProps = {
  /** Makes the folder; answers why not as a sentence (the name checked here, or PikPak's refusal). */
  create: (name: string) => Promise<string | undefined>;
  /** Closes the dialog; `made` after the folder was made (the list then takes the focus, on the new folder). */
  onClose: (made: boolean) => void;
};

/** Names a new folder ("New folder", selected, ready to be typed over); stays open with the reason on a refusal. */
export function NewFolderDialog({ create, onClose }: NewFolderDialogProps) {
  const [name, setName] = useState(() => t('filesNewFolderDefault'));
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    if (!(input.current instanceof HTMLInputElement)) return;
    input.current.focus();
    input.current.select();
  }, []);

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const problem = await create(name);
    setSaving(false);
    if (problem === undefined) {
      onClose(true);
      return;
    }
    setError(problem);
    input.current?.focus();
  }

  return (
    <ModalDialog title={t('filesActionNewFolder')} onClose={() => onClose(false)}>
      <form class="files-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('filesNewFolderName')}
          value={name}
          onInput={(value) => {
            setName(value);
            setError(undefined);
          }}
          error={error}
          inputRef={input}
        />
        <div class="files-dialog__actions">
          <Button size="sm" onClick={() => onClose(false)}>
            {t('actionCancel')}
          </Button>
          <Button size="sm" variant="primary" type="submit" busy={saving}>
            {t('pickerCreate')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
