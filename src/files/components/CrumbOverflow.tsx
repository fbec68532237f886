import { Ellipsis, Folder } from 'lucide-preact';
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';

export type CrumbOverflowProps = {
  /** The folders the trail leaves out, top first. */
  folders: readonly FolderRef[];
  hrefFor: (id: string) => string;
  onNavigate: (id: string) => void;
};

/**
 * The "…" of a long path: a menu button listing the folders between My Drive and the last two (the ARIA menu
 * button pattern: arrows move, Escape closes and returns to the button, Tab leaves).
 */
export function CrumbOverflow({ folders, hrefFor, onNavigate }: CrumbOverflowProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return undefined;
    entries()[0]?.focus();
    const close = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.parentElement?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  function onMenuKeyDown(event: JSX.TargetedKeyboardEvent<HTMLUListElement>) {
    const items = entries();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  return (
    <span class="files-crumbs__overflow">
      <button
        ref={button}
        type="button"
        class="files-crumbs__more"
        aria-label={t('filesPathMore')}
        title={t('filesPathMore')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Ellipsis aria-hidden="true" />
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={t('filesPathMore')}
          class="files-menu"
          onKeyDown={onMenuKeyDown}
        >
          {folders.map((folder) => (
            <li key={folder.id} role="none">
              <a
                role="menuitem"
                tabIndex={-1}
                class="files-menu__item"
                href={hrefFor(folder.id)}
                onClick={(event) => {
                  event.preventDefault();
                  setOpen(false);
                  onNavigate(folder.id);
                }}
              >
                <Folder class="files-menu__icon" aria-hidden="true" />
                {folder.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
