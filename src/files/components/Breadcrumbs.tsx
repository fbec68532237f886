import { ChevronRight, HardDrive } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';

export interface Crumb {
  /** The folder id; the drive's root is "". */
  id: string;
  name: string;
}

export type BreadcrumbsProps = {
  /** From the root to the current folder. */
  path: readonly Crumb[];
  /** Builds a link to a folder; without it the crumbs are plain text. */
  hrefFor?: (id: string) => string;
};

/** The folder path as a breadcrumb trail; the last crumb is the current folder. */
export function Breadcrumbs({ path, hrefFor }: BreadcrumbsProps) {
  return (
    <nav class="files-crumbs" aria-label={t('filesBreadcrumbLabel')}>
      <ol class="files-crumbs__list">
        {path.map((crumb, index) => {
          const isCurrent = index === path.length - 1;
          return (
            <li class="files-crumbs__item" key={crumb.id}>
              {index > 0 && <ChevronRight class="files-crumbs__separator" aria-hidden="true" />}
              {index === 0 && <HardDrive class="files-crumbs__root-icon" aria-hidden="true" />}
              {isCurrent || hrefFor === undefined ? (
                <span class="files-crumbs__current" aria-current={isCurrent ? 'page' : undefined}>
                  {crumb.name}
                </span>
              ) : (
                <a class="files-crumbs__link" href={hrefFor(crumb.id)}>
                  {crumb.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
