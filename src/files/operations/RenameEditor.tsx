import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { DriveItem } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import { stemLength, type Renaming } from './rename.ts';

/**
 * The name edited in its row (F2, Rename): the name without its extension selected, Enter saves, Escape gives up,
 * leaving the field saves. A refusal (PikPak's or a name it would not take) is said under the field, which stays.
 * Keys and clicks inside are the field's own (`data-editor`: the list leaves them alone).
 */
export function RenameEditor({ item, renaming }: { item: DriveItem; renaming: Renaming }) {
  const state = renaming.state.value;
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // Before the next key press: what is typed right after F2 goes into the name.
  useLayoutEffect(() => {
    const element = input.current;
    if (element === null) return;
    element.focus();
    element.setSelectionRange(0, stemLength(item));
  }, []);

  if (state === undefined || state.id !== item.id) return null;
  const list = () => input.current?.closest<HTMLElement>('[role="grid"]');

  async function save() {
    const back = list();
    if (await renaming.commit()) back?.focus();
    else input.current?.focus();
  }

  return (
    <span class="files-rename" data-editor="">
      <input
        ref={input}
        type="text"
        class="files-rename__input"
        value={state.draft}
        aria-label={t('filesRenameLabel', item.name)}
        aria-invalid={state.error === undefined ? undefined : true}
        aria-describedby={state.error === undefined ? undefined : errorId}
        aria-busy={state.saving || undefined}
        readOnly={state.saving}
        spellcheck={false}
        autocomplete="off"
        onInput={(event) => renaming.edit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
          else if (event.key === 'Escape') {
            const back = list();
            renaming.cancel();
            back?.focus();
          } else return;
          event.preventDefault();
          event.stopPropagation();
        }}
        onBlur={() => void renaming.commit(true)}
      />
      {state.error !== undefined && (
        <span id={errorId} class="files-rename__error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
