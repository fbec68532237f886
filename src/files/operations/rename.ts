import { signal, type ReadonlySignal } from '@preact/signals';
import type { DriveItem } from '../../shared/domain.ts';
import { MAX_FOLDER_NAME_LENGTH } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import { reasonText } from './operation-text.ts';

/** A name being edited in its row: what was typed, whether PikPak is answering, and why it said no. */
export interface RenameState {
  id: string;
  /** The item's name when editing began. */
  name: string;
  draft: string;
  saving: boolean;
  /** Why the name was refused (checked here, or PikPak's refusal as a sentence). */
  error?: string;
}

export interface RenamingDeps {
  rename: (id: string, name: string) => Promise<DriveItem>;
  /** PikPak renamed the item: the page shows the new name. */
  renamed: (item: DriveItem) => void;
}

export interface Renaming {
  state: ReadonlySignal<RenameState | undefined>;
  start: (item: DriveItem) => void;
  edit: (draft: string) => void;
  /**
   * Saves what was typed; answers whether editing ended (saved, or nothing to save). With `leaving` (the editor
   * lost the focus) a name already refused is given up rather than sent again.
   */
  commit: (leaving?: boolean) => Promise<boolean>;
  cancel: () => void;
}

/** A name PikPak would take: not empty, not "." or "..", no path separator, at most 255 characters. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === '.' || trimmed === '..') return t('filesNameRequired');
  if (/[/\\]/.test(trimmed)) return t('filesNameInvalid');
  if (trimmed.length > MAX_FOLDER_NAME_LENGTH) return t('pickerNameTooLong', String(MAX_FOLDER_NAME_LENGTH));
  return undefined;
}

/** How much of a name is selected when editing starts: a file's name without its extension, as Explorer does. */
export function stemLength(item: Pick<DriveItem, 'name' | 'kind'>): number {
  const dot = item.name.lastIndexOf('.');
  return item.kind === 'file' && dot > 0 ? dot : item.name.length;
}

/** Renaming in place: one item at a time; nothing changes until PikPak said yes. */
export function createRenaming(deps: RenamingDeps): Renaming {
  const state = signal<RenameState | undefined>(undefined);

  async function commit(leaving = false): Promise<boolean> {
    const now = state.peek();
    if (now === undefined || now.saving) return false;
    const name = now.draft.trim();
    if (name === now.name || (leaving && now.error !== undefined)) {
      state.value = undefined;
      return true;
    }
    const problem = nameProblem(name);
    if (problem !== undefined) {
      state.value = leaving ? undefined : { ...now, error: problem };
      return leaving;
    }
    state.value = { ...now, saving: true, error: undefined };
    try {
      const renamed = await deps.rename(now.id, name);
      if (state.peek()?.id === now.id) state.value = undefined;
      deps.renamed(renamed);
      return true;
    } catch (error) {
      if (state.peek()?.id === now.id) state.value = { ...now, saving: false, error: reasonText(errorKindOf(error)) };
      return false;
    }
  }

  return {
    state,
    start(item) {
      state.value = { id: item.id, name: item.name, draft: item.name, saving: false };
    },
    edit(draft) {
      const now = state.peek();
      if (now !== undefined && !now.saving) state.value = { id: now.id, name: now.name, draft, saving: false };
    },
    commit,
    cancel() {
      state.value = undefined;
    },
  };
}
