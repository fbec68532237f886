import { ChevronRight, HardDrive } from 'lucide-preact';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';

export type PickerPathProps = {
  /** The folders from My Drive down to the one the picker is in ([] = My Drive). */
  path: readonly FolderRef[];
  /** Goes back to a folder of the path (its index in `path`, 0 = My Drive's first folder). */
  onGo: (path: FolderRef[]) => void;
};

/** The folder picker's path: My Drive, then each folder; all but the last go back there. */
export function PickerPath({ path, onGo }: PickerPathProps) {
  return (
    <nav class="ui-folder-picker__path" aria-label={t('pickerPathLabel')}>
      <ol>
        {[undefined, ...path].map((folder, index) => {
          const last = index === path.length;
          const label = folder?.name ?? t('driveRoot');
          const icon = index === 0 && <HardDrive class="ui-folder-picker__crumb-icon" aria-hidden="true" />;
          return (
            <li key={folder?.id ?? 'root'}>
              {index > 0 && <ChevronRight class="ui-folder-picker__separator" aria-hidden="true" />}
              {last ? (
                <span class="ui-folder-picker__crumb ui-folder-picker__crumb--current" aria-current="location">
                  {icon}
                  {label}
                </span>
              ) : (
                <button type="button" class="ui-folder-picker__crumb" onClick={() => onGo(path.slice(0, index))}>
                  {icon}
                  {label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
