import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import type { FileCommandContext } from '../commands.ts';
import { ACTIONS, shortcutOf, toolbarActions, type ActionId } from './actions.ts';
import { focusList } from './focus.ts';
import type { Operations } from './operations.ts';
import { useLabels } from './use-labels.ts';

/** Actions that run at once: their buttons may go with the items, so the list takes the focus back. */
const RUN_AT_ONCE: ReadonlySet<ActionId> = new Set(['star', 'unstar', 'trash', 'restore']);

/**
 * The operations in the command bar: New folder in a folder, then what the selected items can have done to them
 * (in the Trash: Restore, Delete permanently and Empty trash). Labels give way to icons in a narrow window.
 */
export function OperationsToolbar({ ops, context }: { ops: Operations; context: FileCommandContext }) {
  const trashCount = ops.trashCount.value;
  const groups = toolbarActions({ ...context, shown: ops.shown.value });
  const bar = useRef<HTMLDivElement>(null);
  const [labels, iconsWidth] = useLabels(bar, groups.flat().join());
  return (
    <div
      ref={bar}
      class={`files-actions files-actions--labels-${labels}`}
      style={iconsWidth === undefined ? undefined : { minWidth: `${iconsWidth}px` }}
      role="group"
      aria-label={t('filesActionsLabel')}
    >
      {groups.map((group, index) => (
        <Fragment key={group.join()}>
          {index > 0 && <span class="files-actions__divider" aria-hidden="true" />}
          {group.map((action) => {
            const { label: key, icon, danger } = ACTIONS[action];
            const label = t(key);
            const shortcut = shortcutOf(action, context.view);
            return (
              <Button
                key={action}
                variant="ghost"
                size="sm"
                icon={icon}
                class={`files-actions__button${danger ? ' files-actions__button--danger' : ''}`}
                title={shortcut === undefined ? label : `${label} (${shortcut})`}
                aria-keyshortcuts={shortcut}
                disabled={action === 'emptyTrash' && !trashCount}
                onClick={() => {
                  ops.act(action, context);
                  if (RUN_AT_ONCE.has(action)) focusList();
                }}
              >
                {label}
              </Button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
