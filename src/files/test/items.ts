import type { DriveItem } from '../../shared/domain.ts';

let made = 0;

/** A drive item for tests: a file unless told otherwise, with every field a test does not care about filled in. */
export function item(fields: Partial<DriveItem> & { name: string }): DriveItem {
  made += 1;
  const bytes = fields.size?.bytes ?? 0;
  return {
    id: `VN${made}`,
    kind: 'file',
    parentId: '',
    size: { bytes, exact: String(bytes) },
    phase: 'complete',
    starred: false,
    trashed: false,
    ...fields,
  };
}

export const folder = (name: string, fields: Partial<DriveItem> = {}) => item({ name, kind: 'folder', ...fields });

export const file = (name: string, bytes = 0, fields: Partial<DriveItem> = {}) =>
  item({ name, size: { bytes, exact: String(bytes) }, ...fields });
