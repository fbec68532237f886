import { Fragment, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { FileContextMenuProps } from '../commands.ts';
import { ACTIONS, menuActions, shortcutOf } from './actions.ts';
import { whatText } from './operation-text.ts';
import type { Operations } from './operations.ts';

/** Space kept between the menu and the window's edges. */
const MARGIN = 8;

const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []),
];

/**
 * The list's context menu (right-click, the context-menu key, Shift+F10): the actions for the items, grouped, with
 * their keys. It opens at the pointer, inside the window; arrows, Home and End move, Enter runs, Escape, Tab or a
 * click elsewhere closes it (focus back on the list).
 */
export function FileMenu({ ops, context, at, onClose }: FileContextMenuProps & { ops: Operations }) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(at);
  const close = useRef(onClose);
  close.current = onClose;
  const groups = menuActions(context);

  useLayoutEffect(() => {
    const element = menu.current;
    if (element === null) return;
    const { width, height } = element.getBoundingClientRect();
    const x = Math.max(MARGIN, Math.min(at.x, window.innerWidth - width - MARGIN));
    const y = at.y + height + MARGIN > window.innerHeight ? Math.max(MARGIN, at.y - height) : at.y;
    setPlace({ x, y });
    enabledItems(element)[0]?.focus();
  }, [at.x, at.y]);

  useEffect(() => {
    if (groups.length === 0) close.current();
    const away = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) close.current();
    };
    const leave = () => close.current();
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('blur', leave);
    window.addEventListener('resize', leave);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      window.removeEventListener('blur', leave);
      window.removeEventListener('resize', leave);
    };
  }, []);

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLDivElement>) {
    const items = enabledItems(menu.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const to: Record<string, number> = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in to) items[to[event.key] ?? 0]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close.current();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  if (groups.length === 0) return null;
  const label = context.items.length > 0 ? t('filesMenuLabel', whatText(context.items)) : t('filesActionsLabel');
  return (
    <div
      ref={menu}
      class="files-context-menu"
      role="menu"
      aria-label={label}
      style={{ left: `${place.x}px`, top: `${place.y}px` }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {groups.map((group, index) => (
        <Fragment key={group.join()}>
          {index > 0 && <div class="files-context-menu__separator" role="separator" />}
          {group.map((action) => {
            const { label: key, icon: Icon, danger } = ACTIONS[action];
            const shortcut = shortcutOf(action, context.view);
            const disabled = action === 'emptyTrash' && !ops.trashCount.value;
            return (
              <button
                key={action}
                type="button"
                role="menuitem"
                tabIndex={-1}
                class={`files-context-menu__item${danger ? ' files-context-menu__item--danger' : ''}`}
                aria-keyshortcuts={shortcut}
                disabled={disabled}
                onClick={() => {
                  close.current();
                  ops.act(action, context);
                }}
              >
                <Icon class="files-context-menu__icon" aria-hidden="true" />
                <span class="files-context-menu__label">{t(key)}</span>
                {shortcut !== undefined && (
                  <kbd class="files-context-menu__key" aria-hidden="true">
                    {shortcut}
                  </kbd>
                )}
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
