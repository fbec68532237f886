import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FolderPickerProps } from './FolderPicker.tsx';

/**
 * The folder picker, loaded the first time it opens: the popup must paint at once, and most opens of the popup
 * never choose a folder.
 */
export function LazyFolderPicker(props: FolderPickerProps) {
  const [Picker, setPicker] = useState<FunctionComponent<FolderPickerProps> | null>(null);
  useEffect(() => {
    if (!props.open || Picker !== null) return;
    import('./FolderPicker.tsx').then(
      (module) => setPicker(() => module.FolderPicker),
      (error: unknown) => console.error('Could not load the folder picker', error),
    );
  }, [props.open, Picker]);
  return Picker === null ? null : <Picker {...props} />;
}
