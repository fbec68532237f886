import { useMemo, useRef } from 'preact/hooks';
import type { DriveItem } from '../../shared/domain.ts';
import type { FileCommandContext, FileCommands } from '../commands.ts';
import type { ItemDrag } from './list/list-drag.ts';

/**
 * Dragging the list's items onto folders (rows, tiles, breadcrumbs), shared by the list and the breadcrumbs. The
 * dragged items are remembered here for the drag's life; what a drop does is the operations' (`commands.drop`).
 * Nothing is dragged out of the Trash or a share, into one of the dragged folders, or into the folder the items are in.
 */
export function useItemDrag(commands: FileCommands, context: FileCommandContext): ItemDrag | undefined {
  const latest = useRef({ commands, context });
  latest.current = { commands, context };
  const dragged = useRef<readonly DriveItem[] | null>(null);
  const drag = useMemo<ItemDrag>(
    () => ({
      start: (items) => {
        const now = latest.current;
        // Nothing leaves the Trash or someone's share by dragging (a share's items are saved, not moved).
        const from = now.context.view.kind;
        const can = now.commands.drop !== undefined && from !== 'trash' && from !== 'share' && items.length > 0;
        dragged.current = can ? items : null;
        return can;
      },
      accepts: (folderId) => {
        const items = dragged.current;
        if (items === null) return false;
        return !items.some((item) => item.id === folderId) && !items.every((item) => item.parentId === folderId);
      },
      drop: (to, copy) => {
        const items = dragged.current;
        dragged.current = null;
        const now = latest.current;
        if (items !== null) now.commands.drop?.({ to, copy }, { ...now.context, items });
      },
      end: () => {
        dragged.current = null;
      },
    }),
    [],
  );
  return commands.drop === undefined ? undefined : drag;
}
