import { lazyComponent } from '../lazy-component.tsx';
import type { FolderPickerProps } from './FolderPicker.tsx';

/** The folder picker, loaded the first time it opens: most opens of the popup never choose a folder. */
export const LazyFolderPicker = lazyComponent<FolderPickerProps>(
  () => import('./FolderPicker.tsx').then((module) => module.FolderPicker),
  'the folder picker',
  (props) => props.open,
);
