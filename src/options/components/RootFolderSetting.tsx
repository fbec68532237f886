import './SiteRules.css';
import { Folder, HardDrive } from 'lucide-preact';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { DriveItemDetail } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { parseFolderInput } from '../../shared/folder-address.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import { request } from '../../shared/messages.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { FolderPicker, type PickerPurpose } from '../../ui/components/FolderPicker.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import { storedSettings, type SettingsAccess } from '../use-setting-switches.ts';
import { useStoredSettings } from '../use-stored-settings.ts';

export type RootFolderSettingProps = {
  folders: FolderActions;
  settings?: SettingsAccess;
  /** Asks PikPak about an item (the worker's `drive.item`). */
  lookUp?: (id: string) => Promise<Pick<DriveItemDetail, 'kind' | 'name' | 'trashed'>>;
};

const askPikPak = (id: string) => request('drive.item', { id });

/** Choosing the root: any folder, My Drive too (which is the same as Reset). */
const rootPurpose = (): PickerPurpose => ({
  title: t('rootFolderChoose'),
  chooseLabel: t('rootFolderPickerChoose'),
  refusal: () => undefined,
});

/**
 * Options › Downloads › Root folder (the seed's "Root folder id"): where the file browser's My Drive opens. A folder
 * id or a pasted address is checked with PikPak before it is saved (it must exist, be a folder and not be in the
 * trash), and its name shown; "Choose…" opens the folder picker; "Reset to My Drive" clears it.
 */
export function RootFolderSetting({ folders, settings = storedSettings, lookUp = askPikPak }: RootFolderSettingProps) {
  const stored = useStoredSettings(settings);
  const root = stored?.rootFolder ?? null;
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ErrorKind | null>(null);
  const [checking, setChecking] = useState(false);
  const [picking, setPicking] = useState(false);
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLElement>(null);

  async function store(folder: FolderRef | null): Promise<void> {
    try {
      await settings.update({ rootFolder: folder });
      setStatus(folder === null ? t('rootFolderResetDone') : t('rootFolderSaved', folder.name));
      setText('');
    } catch (caught) {
      setError(errorKindOf(caught));
    }
  }

  async function save(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStatus('');
    const parsed = parseFolderInput(text);
    if (!parsed.ok) {
      setFieldError(t(parsed.problem === 'empty' ? 'rootFolderEmpty' : 'rootFolderInvalid'));
      fieldRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    if (parsed.id === null) return store(null);
    setChecking(true);
    setStatus(t('rootFolderChecking'));
    try {
      const item = await lookUp(parsed.id);
      const problem =
        item.kind !== 'folder'
          ? t('rootFolderNotFolder', item.name)
          : item.trashed
            ? t('rootFolderTrashed', item.name)
            : undefined;
      setStatus('');
      if (problem !== undefined) {
        setFieldError(problem);
        fieldRef.current?.focus();
        return;
      }
      await store({ id: parsed.id, name: item.name });
    } catch (caught) {
      setStatus('');
      const kind = errorKindOf(caught);
      if (kind === 'not-found') {
        setFieldError(t('rootFolderNotFound'));
        fieldRef.current?.focus();
      } else {
        setError(kind);
      }
    } finally {
      setChecking(false);
    }
  }

  const Icon = root === null ? HardDrive : Folder;
  return (
    <>
      <SettingRow
        icon={HardDrive}
        title={t('rootFolderTitle')}
        description={
          <>
            {t('rootFolderText')}
            {/* Always there, so screen readers hear the check and what was saved. */}
            <span role="status" class="options-destination__saved">
              {status}
            </span>
          </>
        }
      >
        {stored !== undefined && (
          <span class="options-value options-destination">
            <Icon class="options-destination__icon" aria-hidden="true" />
            <span class="options-destination__name">{root === null ? t('driveRoot') : root.name}</span>
          </span>
        )}
        {root !== null && (
          <Button size="sm" variant="ghost" onClick={() => void store(null)}>
            {t('rootFolderReset')}
          </Button>
        )}
        <Button
          size="sm"
          aria-label={t('rootFolderChoose')}
          disabled={stored === undefined}
          onClick={() => setPicking(true)}
        >
          {t('rootFolderChooseShort')}
        </Button>
      </SettingRow>
      <div class="options-rules">
        <form
          class="options-rules__form options-rules__form--inline"
          aria-label={t('rootFolderTitle')}
          noValidate
          onSubmit={(e) => void save(e)}
        >
          <TextField
            label={t('rootFolderInputLabel')}
            value={text}
            onInput={(value) => {
              setText(value);
              setFieldError(undefined);
            }}
            hint={t('rootFolderInputHint')}
            error={fieldError}
            inputRef={fieldRef}
            code
          />
          <Button type="submit" busy={checking} disabled={stored === undefined}>
            {t('rootFolderSave')}
          </Button>
        </form>
        {error !== null && <ErrorNotice kind={error} />}
      </div>
      <FolderPicker
        open={picking}
        purpose={rootPurpose()}
        listFolders={folders.listFolders}
        createFolder={folders.createFolder}
        onClose={() => setPicking(false)}
        onChoose={(folder) => {
          setPicking(false);
          setError(null);
          void store(folder.id === '' ? null : folder);
        }}
      />
    </>
  );
}
