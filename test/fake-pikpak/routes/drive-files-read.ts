import { formatTime } from '../core/format.ts';
import { getOwnFile } from '../drive/files.ts';
import { matchesFilters, parseFilters, type FieldGetters } from '../drive/filters.ts';
import { paginate, parseLimit } from '../drive/paging.ts';
import type { DriveFile } from '../drive/types.ts';
import { fileToWire } from '../drive/wire-file.ts';
import { Errors } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/** GET /drive/v1/files and GET /drive/v1/files/{id} (pikpak-api.md §7.1–7.3, §12.4). */

// Fields seen in clients' filters (pikpak-api.md §7.1). Guess: id, file_category and mime_type also filter.
const FILE_FIELDS: FieldGetters<DriveFile> = {
  phase: (f) => f.phase,
  trashed: (f) => f.trashed,
  kind: (f) => f.kind,
  starred: (f) => f.starred,
  system_tag: (f) => (f.starred ? ['STAR'] : []),
  modified_time: (f) => formatTime(f.modifiedMs),
  name: (f) => f.name,
  id: (f) => f.id,
  file_category: (f) => f.category,
  mime_type: (f) => f.mimeType,
};

// One collator for every sort: `localeCompare` with options builds a new one per comparison, which made paging a
// 10,000-item folder take seconds.
const byName = new Intl.Collator('en', { numeric: true });

export function listFiles(ctx: DriveContext): Reply {
  const { state, query } = ctx;
  const sub = userOf(ctx);
  const parentId = query.get('parent_id') ?? '';
  const filters = parseFilters(query.get('filters'));
  if (filters === 'invalid') return Errors.invalidArgument('filters is invalid');
  if (parentId !== '' && parentId !== '*' && getOwnFile(state, sub, parentId)?.kind !== 'drive#folder') {
    return Errors.fileNotFound();
  }
  // No `trashed` filter means trashed and untrashed items together, each with its `trashed` flag: rclone leaves
  // the filter out when it wants both (pikpak-api.md §12.4). The trash view is `parent_id=*` with
  // `{"trashed":{"eq":true}}`, the starred view `parent_id=*` with `{"system_tag":{"in":"STAR"}}`.
  const matching = [...state.files.values()].filter(
    (f) => f.userId === sub && (parentId === '*' || f.parentId === parentId) && matchesFilters(f, filters, FILE_FIELDS),
  );
  // Guess: folders first, then names in natural order; the real default order is not documented.
  matching.sort(
    (a, b) =>
      Number(b.kind === 'drive#folder') - Number(a.kind === 'drive#folder') ||
      byName.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const limit = parseLimit(query.get('limit'), 100, 1000);
  const page = paginate(
    matching,
    query.get('page_token'),
    limit,
    `files:${sub}:${parentId}:${query.get('filters') ?? ''}`,
  );
  if (page === 'invalid') return Errors.invalidArgument('page_token is invalid');
  return ok({
    kind: 'drive#fileList',
    next_page_token: page.nextPageToken,
    files: page.items.map((f) => fileToWire(state, f)),
    version: '',
    version_outdated: false,
    sync_time: formatTime(state.clock.now()),
  });
}

export function getFile(ctx: DriveContext): Reply {
  const file = getOwnFile(ctx.state, userOf(ctx), ctx.params[0] ?? '');
  if (!file) return Errors.fileNotFound();
  return ok(fileToWire(ctx.state, file, { detail: true }));
}
