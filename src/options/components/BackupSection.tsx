import './BackupSection.css';
import type { JSX } from 'preact';
import { Check, FileDown, FileUp, X } from 'lucide-preact';
import { useRef, useState } from 'preact/hooks';
import { endpointOrigin } from '../../shared/aria2-settings.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import {
  buildSettingsFile,
  diffImport,
  parseSettingsFile,
  settingsFileName,
  type ImportError,
  type ImportedSettings,
  type SettingChange,
} from '../../shared/settings-transfer.ts';
import { Button, buttonClass } from '../../ui/components/Button.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { describeSettingChange } from '../describe-setting-change.ts';
import { storedSettingsBackup, type SettingsBackupAccess } from '../settings-backup.ts';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; fileName: string; imported: ImportedSettings; changes: SettingChange[] }
  | { kind: 'applying'; fileName: string; imported: ImportedSettings; changes: SettingChange[] }
  | { kind: 'applied'; newEndpoint: string | undefined }
  | { kind: 'refused'; error: ImportError }
  | { kind: 'apply-failed' };

const ERROR_TEXT: Record<ImportError, MessageKey> = {
  'not-json': 'backupErrorNotJson',
  'wrong-format': 'backupErrorWrongFormat',
  'newer-version': 'backupErrorNewerVersion',
  invalid: 'backupErrorInvalid',
};

const FILE_INPUT_ID = 'backup-import-file';

export type BackupSectionProps = {
  /** Storage; default: the extension's. */
  access?: SettingsBackupAccess;
  /** Saves the file (default: a download through an `<a download>` of a blob). */
  download?: (fileName: string, text: string) => void;
  /** After an import was applied (Options shows the aria2 fields again). */
  onApplied?: () => void;
  /** The clock, for tests. */
  now?: () => Date;
};

function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Options › Backup: Export downloads the settings as a versioned JSON file (`settings-transfer.ts`); Import reads
 * one, lists what it would change, and writes it only on Apply. A file that is not valid changes nothing.
 */
export function BackupSection({
  access = storedSettingsBackup,
  download = downloadText,
  onApplied,
  now = () => new Date(),
}: BackupSectionProps) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [exportFailed, setExportFailed] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    setExportFailed(false);
    access.read().then(
      (snapshot) => {
        const date = now();
        download(settingsFileName(date), `${JSON.stringify(buildSettingsFile(snapshot, date), null, 2)}\n`);
      },
      (error: unknown) => {
        console.warn('Could not export the settings', error);
        setExportFailed(true);
      },
    );
  };

  const choose = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Emptied, so choosing the same file again is a change too.
    event.currentTarget.value = '';
    if (file === undefined) return;
    setState({ kind: 'reading' });
    Promise.all([file.text(), access.read()])
      .then(([text, current]) => {
        const parsed = parseSettingsFile(text);
        if (!parsed.ok) return setState({ kind: 'refused', error: parsed.error });
        const changes = diffImport(current, parsed.imported);
        return setState({ kind: 'preview', fileName: file.name, imported: parsed.imported, changes });
      })
      .catch((error: unknown) => {
        console.warn('Could not read the settings file', error);
        setState({ kind: 'refused', error: 'not-json' });
      });
  };

  const apply = () => {
    if (state.kind !== 'preview') return;
    setState({ ...state, kind: 'applying' });
    const endpointChanges = state.changes.some((change) => change.group === 'aria2' && change.key === 'endpoint');
    const newEndpoint = endpointChanges ? state.imported.aria2.endpoint : undefined;
    access.apply(state.imported).then(
      () => {
        setState({ kind: 'applied', newEndpoint });
        onApplied?.();
      },
      (error: unknown) => {
        console.warn('Could not import the settings', error);
        setState({ kind: 'apply-failed' });
      },
    );
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    fileInput.current?.focus();
  };

  return (
    <Section id="backup" title={t('sectionBackup')} description={t('backupDescription')}>
      <div class="ui-card options-card">
        <SettingRow
          icon={FileDown}
          title={t('backupExportTitle')}
          description={t('backupExportText')}
          descriptionId="backup-export-text"
        >
          <Button icon={FileDown} aria-describedby="backup-export-text" onClick={exportFile}>
            {t('backupExport')}
          </Button>
        </SettingRow>
        <SettingRow
          icon={FileUp}
          title={t('backupImportTitle')}
          description={t('backupImportText')}
          descriptionId="backup-import-text"
        >
          <input
            ref={fileInput}
            id={FILE_INPUT_ID}
            class="visually-hidden options-backup__file"
            type="file"
            accept="application/json,.json"
            aria-describedby="backup-import-text"
            disabled={state.kind === 'reading' || state.kind === 'applying'}
            onChange={choose}
          />
          <label for={FILE_INPUT_ID} class={buttonClass('secondary', 'md', 'options-backup__choose')}>
            <FileUp class="ui-button__icon" aria-hidden="true" />
            {t('backupImportChoose')}
          </label>
        </SettingRow>
      </div>
      <div class="options-backup__status" role="status" aria-live="polite">
        {exportFailed && <Notice tone="error" title={t('backupExportFailed')} live="none" />}
        <ImportOutcome state={state} onApply={apply} onCancel={cancel} />
      </div>
    </Section>
  );
}

function ImportOutcome({
  state,
  onApply,
  onCancel,
}: {
  state: ImportState;
  onApply: () => void;
  onCancel: () => void;
}) {
  switch (state.kind) {
    case 'idle':
    case 'reading':
      return null;
    case 'refused':
      return <Notice tone="error" title={t(ERROR_TEXT[state.error])} live="none" />;
    case 'apply-failed':
      return <Notice tone="error" title={t('backupApplyFailed')} live="none" />;
    case 'applied':
      return (
        <>
          <Notice tone="success" title={t('backupApplied')} live="none" />
          {state.newEndpoint !== undefined && (
            <Notice
              tone="warning"
              title={t('backupAria2Permission', [endpointOrigin(state.newEndpoint)])}
              live="none"
            />
          )}
        </>
      );
    case 'preview':
    case 'applying':
      return <ImportPreview state={state} onApply={onApply} onCancel={onCancel} />;
  }
}

function ImportPreview({
  state,
  onApply,
  onCancel,
}: {
  state: Extract<ImportState, { kind: 'preview' | 'applying' }>;
  onApply: () => void;
  onCancel: () => void;
}) {
  const titleId = 'backup-preview-title';
  const nothing = state.changes.length === 0;
  return (
    <div class="ui-card options-backup__preview" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} class="options-backup__preview-title">
        {t('backupPreviewTitle', [state.fileName])}
      </h3>
      {nothing ? (
        <p class="options-backup__nothing">{t('backupNoChanges')}</p>
      ) : (
        <ul class="options-backup__changes" aria-label={t('backupPreviewListLabel')}>
          {state.changes.map((change) => (
            <li key={`${change.group}.${change.key}`}>{describeSettingChange(change)}</li>
          ))}
        </ul>
      )}
      <div class="options-form__actions">
        {!nothing && (
          <Button variant="primary" icon={Check} busy={state.kind === 'applying'} onClick={onApply}>
            {t('backupApply')}
          </Button>
        )}
        <Button icon={X} disabled={state.kind === 'applying'} onClick={onCancel}>
          {t('backupCancel')}
        </Button>
      </div>
    </div>
  );
}
