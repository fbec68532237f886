import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { openOptions } from '../../ui/open-page.ts';
import { FolderPicker, type PickerPurpose } from '../../ui/components/FolderPicker.tsx';
import { itemCount } from '../format.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { focusList } from './focus.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { NewFolderDialog } from './NewFolderDialog.tsx';
import { whatText } from './operation-text.ts';
import type { OpenDialog, Operations } from './operations.ts';
import { OperationToasts } from './OperationToasts.tsx';

type Picking = Extract<OpenDialog, { kind: 'moveTo' | 'copyTo' | 'saveTo' }>;

/**
 * Move to / Copy to: any folder (My Drive too) but one of the items' own, or one of the moved folders. Save to my
 * drive: any folder of the drive (the items are someone else's, never in it).
 */
function pickerPurpose({ kind, items }: Picking): PickerPurpose {
  if (kind === 'saveTo') {
    return { title: t('sharesSaveTitle', whatText(items)), chooseLabel: t('sharesSaveHere'), refusal: () => undefined };
  }
  const ids = new Set(items.map((item) => item.id));
  const move = kind === 'moveTo';
  return {
    title: t(move ? 'filesMoveTitle' : 'filesCopyTitle', whatText(items)),
    chooseLabel: t(move ? 'filesMoveHere' : 'filesCopyHere'),
    refusal(path) {
      if (path.some((folder) => ids.has(folder.id))) return t('filesPickerIntoItself');
      const here = path.at(-1)?.id ?? '';
      return items.some((item) => item.parentId === here) ? t('filesPickerAlreadyHere') : undefined;
    },
  };
}

/** The operations' dialogs (the folder picker, confirmations, a new folder's name) and their messages. */
export function OperationsLayer({ ops }: { ops: Operations }) {
  const open = ops.dialog.value;
  const close = () => (ops.dialog.value = null);
  const picking = open?.kind === 'moveTo' || open?.kind === 'copyTo' || open?.kind === 'saveTo' ? open : undefined;
  return (
    <>
      <FolderPicker
        open={picking !== undefined}
        listFolders={ops.folders.listFolders}
        createFolder={ops.folders.createFolder}
        purpose={picking && pickerPurpose(picking)}
        startPath={picking?.kind === 'saveTo' ? undefined : picking?.startPath}
        onChoose={(to) => {
          close();
          if (picking === undefined) return;
          if (picking.kind === 'saveTo') {
            ops.perform({ kind: 'save', items: picking.items, from: picking.from, shareId: picking.shareId, to });
            return;
          }
          ops.perform({
            kind: picking.kind === 'moveTo' ? 'move' : 'copy',
            items: picking.items,
            from: picking.from,
            to,
          });
        }}
        onClose={close}
      />
      {open?.kind === 'deleteForever' && (
        <ConfirmDialog
          title={t('filesConfirmDeleteTitle', whatText(open.items))}
          text={t('filesConfirmDeleteText')}
          confirmLabel={t('filesActionDeleteForever')}
          onConfirm={() => {
            close();
            ops.perform({ kind: 'deleteForever', items: open.items, from: open.from });
          }}
          onClose={close}
        />
      )}
      {open?.kind === 'emptyTrash' && (
        <ConfirmDialog
          title={t('filesConfirmEmptyTitle')}
          text={t('filesConfirmEmptyText', itemCount(open.count))}
          confirmLabel={t('filesActionEmptyTrash')}
          onConfirm={() => {
            close();
            ops.perform({ kind: 'emptyTrash', count: open.count, from: { kind: 'trash' } });
          }}
          onClose={close}
        />
      )}
      {open?.kind === 'newFolder' && (
        <NewFolderDialog
          create={(name) => ops.createFolder(open.parentId, name)}
          onClose={(made) => {
            close();
            if (made) focusList();
          }}
        />
      )}
      {open?.kind === 'signInToSave' && (
        <ModalDialog title={t('sharesSignInTitle')} text={t('sharesSignInText')} onClose={close}>
          <div class="files-dialog__actions">
            <Button size="sm" onClick={close}>
              {t('actionCancel')}
            </Button>
            <Button
              size="sm"
              variant="primary"
              data-autofocus=""
              onClick={() => {
                close();
                openOptions('account').catch((error: unknown) => console.error('Could not open the options', error));
              }}
            >
              {t('sharesSignInAction')}
            </Button>
          </div>
        </ModalDialog>
      )}
      <OperationToasts runner={ops.runner} onOpen={ops.openSaved} />
    </>
  );
}
