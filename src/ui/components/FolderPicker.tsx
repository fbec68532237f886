import '../styles/folder-picker.css';
import { ChevronRight, Folder, FolderPlus, X } from 'lucide-preact';
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { MAX_FOLDER_NAME_LENGTH, type FolderPage, type FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import { errorKindOf } from '../error-kind.ts';
import { Button } from './Button.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { IconButton } from './IconButton.tsx';
import { PickerPath } from './PickerPath.tsx';
import { SkeletonRows } from './SkeletonRows.tsx';
import { TextField } from './TextField.tsx';

export type FolderPickerProps = {
  open: boolean;
  /** One page of `parentId`'s subfolders ("" = the drive's root). */
  listFolders: (parentId: string, pageToken?: string) => Promise<FolderPage>;
  /** Makes a folder in `parentId` ("" = root) and answers with it (PikPak may change the name). */
  createFolder: (parentId: string, name: string) => Promise<FolderRef>;
  /** The user chose the folder they are in. The picker does not close by itself. */
  onChoose: (folder: FolderRef) => void;
  /** Escape, the close button or Cancel. */
  onClose: () => void;
  /** What choosing is for (Move to, Copy to…); by default a folder to save links into. */
  purpose?: PickerPurpose | undefined;
  /** Where the picker opens; My Drive by default. */
  startPath?: readonly FolderRef[] | undefined;
};

export interface PickerPurpose {
  title: string;
  chooseLabel: string;
  /** Why the folder the picker is in (its path; [] = My Drive) cannot be chosen, or undefined when it can. */
  refusal: (path: readonly FolderRef[]) => string | undefined;
}

/** Saving links: any folder but the root, which is no destination (a task without a folder goes to My Pack). */
const saveLinks = (): PickerPurpose => ({
  title: t('pickerTitle'),
  chooseLabel: t('pickerChoose'),
  refusal: (path) => (path.length === 0 ? t('pickerRootHint') : undefined),
});

/** What the picker knows of one folder's subfolders; `of` is that folder's id. */
type Listing = { of: string } & (
  | { status: 'loading' }
  | { status: 'error'; kind: ErrorKind }
  | { status: 'ready'; folders: FolderRef[]; nextPageToken?: string | undefined; more: 'idle' | 'loading' | ErrorKind }
);

/** Where the picker opens: the drive's root, shown as "My Drive". Folders below it are the path. */
const ROOT_ID = '';

/** A name PikPak would take: trimmed, not empty, no path separator (the worker checks the same). */
function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === '.' || trimmed === '..') return t('pickerNameRequired');
  if (/[/\\]/.test(trimmed)) return t('pickerNameInvalid');
  if (trimmed.length > MAX_FOLDER_NAME_LENGTH) return t('pickerNameTooLong', String(MAX_FOLDER_NAME_LENGTH));
  return undefined;
}

/**
 * A modal dialog for choosing a folder of the drive: a path from "My Drive", the subfolders of the folder the
 * user is in (each opens with Enter or a click), "New folder", and "Choose this folder". The root is no
 * destination (PikPak saves a task without a folder into My Pack), so the choice needs a folder.
 */
export function FolderPicker(props: FolderPickerProps) {
  const { open, listFolders, createFolder, onChoose, onClose } = props;
  const purpose = props.purpose ?? saveLinks();
  const id = useId();
  const titleId = `${id}-title`;
  const dialog = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Button does not forward refs; these find its <button> inside the dialog.
  const button = (which: 'choose' | 'new-folder') =>
    dialog.current?.querySelector<HTMLButtonElement>(`[data-picker="${which}"]`);
  const nameRef = useRef<HTMLElement>(null);
  const [path, setPath] = useState<FolderRef[]>([]);
  const [loaded, setListing] = useState<Listing>({ of: ROOT_ID, status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [createError, setCreateError] = useState<ErrorKind | null>(null);
  const [saving, setSaving] = useState(false);
  /** The folder whose contents get focus when they arrive (after opening the picker or moving); null: none. */
  const focusAfterLoad = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const current = path.at(-1);
  const parentId = current?.id ?? ROOT_ID;
  const currentName = current?.name ?? t('driveRoot');
  // Until the folder's own answer arrives, the last folder's list must not show under the new path.
  const listing: Listing = loaded.of === parentId ? loaded : { of: parentId, status: 'loading' };

  // The native modal: focus stays inside, the page behind is inert, and Escape is ours (below).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const start = [...(props.startPath ?? [])];
      setPath(start);
      setCreating(false);
      focusAfterLoad.current = start.at(-1)?.id ?? ROOT_ID;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
      // Back to what opened the picker (the Change button, the Save to select), as browsers do for modals.
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    setListing({ of: parentId, status: 'loading' });
    listFolders(parentId).then(
      (page) =>
        live &&
        setListing({
          of: parentId,
          status: 'ready',
          folders: page.folders,
          nextPageToken: page.nextPageToken,
          more: 'idle',
        }),
      (error: unknown) => live && setListing({ of: parentId, status: 'error', kind: errorKindOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [open, parentId, attempt, listFolders]);

  useEffect(() => {
    if (listing.status === 'loading' || focusAfterLoad.current !== listing.of) return;
    focusAfterLoad.current = null;
    const first = listRef.current?.querySelector('button');
    const choose = button('choose');
    const target =
      first ?? (choose === undefined || choose === null || choose.disabled ? button('new-folder') : choose);
    target?.focus();
  }, [listing.status, listing.of, loaded]);

  useEffect(() => {
    if (creating) nameRef.current?.focus();
  }, [creating]);

  function moveTo(next: FolderRef[]) {
    focusAfterLoad.current = next.at(-1)?.id ?? ROOT_ID;
    setCreating(false);
    setPath(next);
  }

  async function loadMore() {
    if (listing.status !== 'ready' || listing.nextPageToken === undefined || listing.more === 'loading') return;
    const token = listing.nextPageToken;
    const at = parentId;
    setListing({ ...listing, more: 'loading' });
    try {
      const page = await listFolders(at, token);
      // The user may have moved on meanwhile: only the same folder's list grows.
      setListing((now) =>
        now.status === 'ready' && now.of === at
          ? {
              of: at,
              status: 'ready',
              folders: [...now.folders, ...page.folders],
              nextPageToken: page.nextPageToken,
              more: 'idle',
            }
          : now,
      );
    } catch (error) {
      setListing((now) => (now.status === 'ready' && now.of === at ? { ...now, more: errorKindOf(error) } : now));
    }
  }

  function startCreating() {
    setName('');
    setNameError(undefined);
    setCreateError(null);
    setCreating(true);
  }

  function stopCreating() {
    setCreating(false);
    // The form's buttons are gone; focus goes back to what opened it.
    requestAnimationFrame(() => button('new-folder')?.focus());
  }

  async function submitNewFolder(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const problem = nameProblem(name);
    setNameError(problem);
    setCreateError(null);
    if (problem !== undefined) {
      nameRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const folder = await createFolder(parentId, name.trim());
      setSaving(false);
      // Open the new folder: it is empty, and choosing it is the next step.
      moveTo([...path, folder]);
    } catch (error) {
      setSaving(false);
      setCreateError(errorKindOf(error));
    }
  }

  // Escape closes the name form first, then the picker. The native `cancel` would close the dialog behind our
  // back, so Escape is handled here and `cancel` is only a fallback (e.g. a close request from the browser).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (creating) stopCreating();
    else onClose();
  };
  const onCancel = (event: JSX.TargetedEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };

  const listLabel = t('pickerFoldersIn', currentName);
  const atRoot = current === undefined;
  const refusal = purpose.refusal(path);

  return (
    <dialog ref={dialog} class="ui-folder-picker" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={onCancel}>
      {/* A closed picker keeps no folder list around (and no stale text for find-in-page). */}
      {open && (
        <>
          <div class="ui-folder-picker__header">
            <h2 id={titleId} class="ui-folder-picker__title">
              {purpose.title}
            </h2>
            <IconButton icon={X} label={t('pickerClose')} size="sm" onClick={onClose} />
          </div>

          <PickerPath path={path} onGo={moveTo} />

          <div class="ui-folder-picker__body">
            {listing.status === 'loading' && <SkeletonRows label={t('pickerLoading')} rows={4} />}
            {listing.status === 'error' && <ErrorNotice kind={listing.kind} onRetry={() => setAttempt((n) => n + 1)} />}
            {listing.status === 'ready' && listing.folders.length === 0 && (
              <div class="ui-folder-picker__empty" role="status">
                <p class="ui-folder-picker__empty-title">{t('pickerEmpty')}</p>
                <p class="ui-folder-picker__empty-text">
                  {atRoot && props.purpose === undefined ? t('pickerEmptyRootText') : t('pickerEmptyText')}
                </p>
              </div>
            )}
            {listing.status === 'ready' && listing.folders.length > 0 && (
              <ul ref={listRef} class="ui-folder-picker__list" aria-label={listLabel}>
                {listing.folders.map((folder) => (
                  <li key={folder.id}>
                    <button type="button" class="ui-folder-picker__row" onClick={() => moveTo([...path, folder])}>
                      <Folder class="ui-folder-picker__row-icon" aria-hidden="true" />
                      <span class="ui-folder-picker__row-name">{folder.name}</span>
                      <ChevronRight class="ui-folder-picker__row-chevron" aria-hidden="true" />
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {listing.status === 'ready' && listing.nextPageToken !== undefined && (
              <div class="ui-folder-picker__more">
                <Button size="sm" variant="ghost" busy={listing.more === 'loading'} onClick={() => void loadMore()}>
                  {t('pickerLoadMore')}
                </Button>
              </div>
            )}
            {listing.status === 'ready' && listing.more !== 'idle' && listing.more !== 'loading' && (
              <ErrorNotice kind={listing.more} />
            )}
          </div>

          {creating ? (
            <form class="ui-folder-picker__new" onSubmit={(event) => void submitNewFolder(event)} noValidate>
              <TextField
                label={t('pickerNewFolderIn', currentName)}
                value={name}
                onInput={(value) => {
                  setName(value);
                  setNameError(undefined);
                }}
                error={nameError}
                inputRef={nameRef}
              />
              {createError !== null && <ErrorNotice kind={createError} />}
              <div class="ui-folder-picker__new-actions">
                <Button size="sm" variant="ghost" onClick={stopCreating}>
                  {t('actionCancel')}
                </Button>
                <Button size="sm" type="submit" busy={saving}>
                  {t('pickerCreate')}
                </Button>
              </div>
            </form>
          ) : null}

          <div class="ui-folder-picker__footer">
            {!creating && (
              <Button
                data-picker="new-folder"
                size="sm"
                variant="ghost"
                icon={FolderPlus}
                onClick={startCreating}
                disabled={listing.status === 'loading'}
              >
                {t('pickerNewFolder')}
              </Button>
            )}
            <span class="ui-folder-picker__spacer" />
            <Button size="sm" onClick={onClose}>
              {t('actionCancel')}
            </Button>
            <Button
              data-picker="choose"
              size="sm"
              variant="primary"
              disabled={refusal !== undefined}
              aria-describedby={refusal === undefined ? undefined : `${id}-refusal`}
              onClick={() => refusal === undefined && onChoose(current ?? { id: ROOT_ID, name: t('driveRoot') })}
            >
              {purpose.chooseLabel}
            </Button>
          </div>
          {refusal !== undefined && (
            <p id={`${id}-refusal`} class="ui-folder-picker__hint">
              {refusal}
            </p>
          )}
        </>
      )}
    </dialog>
  );
}
