import { computed } from '@preact/signals';
import type { DriveItem } from '../../shared/domain.ts';
import type { FileCommandContext, FileCommands, FileContextMenuProps } from '../commands.ts';
import { FileMenu } from './FileMenu.tsx';
import type { Operations } from './operations.ts';
import { OperationsLayer } from './OperationsLayer.tsx';
import { OperationsToolbar } from './OperationsToolbar.tsx';
import { RenameEditor } from './RenameEditor.tsx';
import type { TransferLayerProps } from '../transfers/TransferLayer.tsx';
import { DownloadJobsLayer, TransferLayer } from '../transfers/TransferLayer.tsx';

/** The file browser's FileCommands (src/files/commands.ts) made of the operations: what main.tsx hands FilesApp. */
export function createFileCommands(ops: Operations, transfers?: TransferLayerProps): FileCommands {
  return {
    handles: ops.handles,
    run: ops.run,
    Toolbar: ({ context }: { context: FileCommandContext }) => <OperationsToolbar ops={ops} context={context} />,
    ContextMenu: (props: FileContextMenuProps) => <FileMenu ops={ops} {...props} />,
    Layer: () => (
      <>
        <OperationsLayer ops={ops} />
        {transfers !== undefined && <TransferLayer {...transfers} />}
      </>
    ),
    ...(transfers === undefined ? {} : { Background: () => <DownloadJobsLayer {...transfers} /> }),
    rows: {
      editing: computed(() => ops.renaming.state.value?.id),
      Editor: ({ item }: { item: DriveItem }) => <RenameEditor item={item} renaming={ops.renaming} />,
      busy: ops.runner.busy,
    },
    drop: ops.drop,
  };
}
