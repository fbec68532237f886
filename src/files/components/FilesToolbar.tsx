import {
  ArrowDownWideNarrow,
  ArrowLeft,
  ArrowRight,
  ArrowUp,
  ArrowUpDown,
  Funnel,
  LayoutGrid,
  List,
  PanelRight,
  RotateCw,
} from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n.ts';
import {
  FILES_KIND_FILTERS,
  FILES_KIND_LABELS,
  FILES_SORT_LABELS,
  type FilesViewPrefs,
} from '../../shared/files-view.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { Select } from '../../ui/components/Select.tsx';

export type FilesToolbarProps = {
  canGoBack: boolean;
  canGoForward: boolean;
  canGoUp: boolean;
  onBack: () => void;
  onForward: () => void;
  onUp: () => void;
  onReload: () => void;
  /** The open view is being read. */
  reloading: boolean;
  /** The breadcrumbs, or the view's name outside folders. */
  location: ComponentChildren;
  /** The operations' slot (FileCommands.Toolbar). */
  operations?: ComponentChildren;
  prefs: FilesViewPrefs;
  onPrefs: (patch: Partial<FilesViewPrefs>) => void;
  /** Signed out or still checking: the bars are shown, inert, so the page does not jump when they come alive. */
  disabled?: boolean;
  /** Filter, sort, layout, details and Reload; false where nothing is listed (the Shares place). */
  viewControls?: boolean;
};

/**
 * Two bars, as in a desktop file manager: history and folder navigation with where the user is (the whole width
 * for long paths), then the operations on the left and how the view is shown on the right.
 */
export function FilesToolbar(props: FilesToolbarProps) {
  const { prefs, onPrefs } = props;
  const off = props.disabled === true;
  return (
    <div class="files-toolbar">
      <div class="files-toolbar__bar">
        <div class="files-toolbar__group" role="group" aria-label={t('filesNavigationLabel')}>
          <IconButton
            icon={ArrowLeft}
            label={t('filesBack')}
            disabled={off || !props.canGoBack}
            onClick={props.onBack}
          />
          <IconButton
            icon={ArrowRight}
            label={t('filesForward')}
            disabled={off || !props.canGoForward}
            onClick={props.onForward}
          />
          <IconButton icon={ArrowUp} label={t('filesUp')} disabled={off || !props.canGoUp} onClick={props.onUp} />
          <IconButton
            icon={RotateCw}
            label={t('filesReload')}
            aria-busy={props.reloading || undefined}
            disabled={off || props.viewControls === false}
            class={props.reloading ? 'files-toolbar__reload--busy' : undefined}
            onClick={props.onReload}
          />
        </div>
        <div class="files-toolbar__location">{props.location}</div>
      </div>
      {/* No second bar where there is nothing to do on items (the Shares place). */}
      {(props.operations !== undefined || props.viewControls !== false) && (
        <div class="files-toolbar__bar files-toolbar__bar--commands">
          <div class="files-toolbar__operations">{props.operations}</div>
          {props.viewControls !== false && (
            <div class="files-toolbar__group files-toolbar__group--view" role="group" aria-label={t('filesViewLabel')}>
              <Select
                label={t('filesKindLabel')}
                icon={Funnel}
                value={prefs.kind}
                options={FILES_KIND_FILTERS.map((kind) => ({ value: kind, label: t(FILES_KIND_LABELS[kind]) }))}
                onChange={(kind) => onPrefs({ kind })}
                disabled={off}
              />
              <Select
                label={t('filesSortLabel')}
                icon={ArrowUpDown}
                value={prefs.sortKey}
                options={(['name', 'size', 'modified'] as const).map((key) => ({
                  value: key,
                  label: t(FILES_SORT_LABELS[key]),
                }))}
                onChange={(sortKey) => onPrefs({ sortKey })}
                disabled={off}
              />
              <IconButton
                icon={ArrowDownWideNarrow}
                label={t('filesSortDescending')}
                disabled={off}
                pressed={prefs.sortDescending}
                onClick={() => onPrefs({ sortDescending: !prefs.sortDescending })}
              />
              <span class="files-toolbar__switch">
                <IconButton
                  icon={List}
                  label={t('filesViewList')}
                  disabled={off}
                  pressed={prefs.layout === 'list'}
                  onClick={() => onPrefs({ layout: 'list' })}
                />
                <IconButton
                  icon={LayoutGrid}
                  label={t('filesViewGrid')}
                  disabled={off}
                  pressed={prefs.layout === 'grid'}
                  onClick={() => onPrefs({ layout: 'grid' })}
                />
              </span>
              <IconButton
                icon={PanelRight}
                label={t('filesDetailsToggle')}
                disabled={off}
                pressed={prefs.details}
                onClick={() => onPrefs({ details: !prefs.details })}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
