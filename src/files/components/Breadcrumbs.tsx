import { ChevronRight, HardDrive, type LucideIcon } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import { CrumbOverflow } from './CrumbOverflow.tsx';
import { allowDrop, carriesItems, dropCopies, type ItemDrag } from './list/list-drag.ts';

export type BreadcrumbsProps = {
  /** The folders from My Drive's top down to the open one (My Drive itself is []); undefined when not known. */
  path: readonly FolderRef[] | undefined;
  /** The path is being asked for (a placeholder stands for it meanwhile). */
  pending?: boolean;
  hrefFor: (id: string) => string;
  onNavigate: (id: string) => void;
  /** The list's items can be dropped onto the folders of the path. */
  drag?: ItemDrag | undefined;
  /** The first crumb, before the path: My Drive (id "") unless told (a share's path starts at Shares). */
  root?: { id: string; name: string; icon: LucideIcon } | undefined;
};

/** Past this many folders, the middle of the trail goes into a "…" menu; the last two always show. */
const SHOWN_TAIL = 2;
const COLLAPSE_AFTER = 3;

/** The open folder's path: My Drive, then each folder; every ancestor is a link, the last is the current page. */
export function Breadcrumbs({ path, pending = false, hrefFor, onNavigate, drag, root }: BreadcrumbsProps) {
  const [dropOn, setDropOn] = useState<string | undefined>(undefined);
  const folders = path ?? [];
  const hidden = folders.length > COLLAPSE_AFTER ? folders.slice(0, folders.length - SHOWN_TAIL) : [];
  const shown = hidden.length > 0 ? folders.slice(-SHOWN_TAIL) : folders;
  const first = root ?? { id: '', name: t('driveRoot'), icon: HardDrive };
  const RootIcon = first.icon;
  const crumbs: { id: string; name: string }[] = [{ id: first.id, name: first.name }, ...shown];
  return (
    <nav class="files-crumbs" aria-label={t('filesBreadcrumbLabel')} aria-busy={pending || undefined}>
      <ol class="files-crumbs__list">
        {crumbs.map((crumb, index) => {
          const current = path !== undefined && index === crumbs.length - 1;
          return (
            <li class="files-crumbs__item" key={index === 0 ? 'root' : crumb.id || 'top'}>
              {index > 0 && <ChevronRight class="files-crumbs__separator" aria-hidden="true" />}
              {index === 0 && <RootIcon class="files-crumbs__root-icon" aria-hidden="true" />}
              {current ? (
                <span class="files-crumbs__current" aria-current="page" title={crumb.name}>
                  {crumb.name}
                </span>
              ) : (
                <a
                  class={`files-crumbs__link${dropOn === crumb.id ? ' files-crumbs__link--drop' : ''}`}
                  href={hrefFor(crumb.id)}
                  title={crumb.name}
                  onClick={(event) => {
                    event.preventDefault();
                    onNavigate(crumb.id);
                  }}
                  onDragOver={(event) =>
                    setDropOn(allowDrop(event, drag?.accepts(crumb.id) === true) ? crumb.id : undefined)
                  }
                  onDragLeave={() => setDropOn(undefined)}
                  onDrop={(event) => {
                    setDropOn(undefined);
                    if (drag === undefined || !carriesItems(event) || !drag.accepts(crumb.id)) return;
                    event.preventDefault();
                    drag.drop(crumb, dropCopies(event));
                  }}
                >
                  {crumb.name}
                </a>
              )}
              {index === 0 && hidden.length > 0 && (
                <>
                  <ChevronRight class="files-crumbs__separator" aria-hidden="true" />
                  <CrumbOverflow folders={hidden} hrefFor={hrefFor} onNavigate={onNavigate} />
                </>
              )}
            </li>
          );
        })}
        {pending && (
          <li class="files-crumbs__item" aria-hidden="true">
            <ChevronRight class="files-crumbs__separator" />
            <span class="files-crumbs__pending" />
          </li>
        )}
      </ol>
    </nav>
  );
}
