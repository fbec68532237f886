import { createFile, getOwnFile, uniqueName } from '../drive/files.ts';
import { fileToWire } from '../drive/wire-file.ts';
import { fields } from '../http/body.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';
import { createTaskFromUrl } from './drive-tasks-create.ts';

/** POST /drive/v1/files (folder or offline task) and PATCH /drive/v1/files/{id} (rename). */

export function createFileOrTask(ctx: DriveContext): Reply {
  const body = fields(ctx.body);
  if (body.str('upload_type') === 'UPLOAD_TYPE_URL') return createTaskFromUrl(ctx, body);
  if (body.str('kind') === 'drive#folder') return createFolder(ctx, body);
  // The fake implements no file uploads (resumable/form uploads are out of scope for the extension).
  return Errors.invalidArgument('upload_type is not supported');
}

function createFolder(ctx: DriveContext, body: ReturnType<typeof fields>): Reply {
  const sub = userOf(ctx);
  const name = body.str('name')?.trim() ?? '';
  const parentId = body.str('parent_id') ?? '';
  if (!name) return Errors.invalidArgument('name is empty');
  if (parentId && getOwnFile(ctx.state, sub, parentId)?.kind !== 'drive#folder')
    return Errors.fileNotFound('parent not found');
  // Guess: the reference says nothing about a new folder whose name is taken. It gets a free name
  // (`Projects(1)`), as items PikPak makes itself do (pikpak-api.md §9.9); pikpak-kotlin's FolderEndpoints.kt
  // says a second folder of the same name is made without an error. Either way a client must read the name
  // back from `file.name`, and no error is raised.
  const folder = createFile(ctx.state, { userId: sub, parentId, name, kind: 'drive#folder' });
  // Guess: the reference only says clients read `file.id`; upload_type/task values are invented.
  return ok({ upload_type: 'UPLOAD_TYPE_FORM', file: fileToWire(ctx.state, folder), task: null });
}

/**
 * PATCH /drive/v1/files/{id} with a name (pikpak-api.md §7.4, §12.3). rclone's renameObject comment lists
 * both refusals: `file_rename_to_same_name` (3) "Name of file or folder is not changed" and
 * `file_duplicated_name` (3) "File name cannot be repeated"; PikPak never suffixes a rename.
 */
export function renameFile(ctx: DriveContext): Reply {
  const sub = userOf(ctx);
  const file = getOwnFile(ctx.state, sub, ctx.params[0] ?? '');
  if (!file) return Errors.fileNotFound();
  const name = fields(ctx.body).str('name')?.trim() ?? '';
  if (!name) return Errors.invalidArgument('name is empty');
  if (name === file.name) {
    return renameRefused('file_rename_to_same_name', 'Name of file or folder is not changed');
  }
  if (uniqueName(ctx.state, sub, file.parentId, name, file.id) !== name) {
    return renameRefused('file_duplicated_name', 'File name cannot be repeated');
  }
  file.name = name;
  file.modifiedMs = ctx.state.clock.now();
  return ok(fileToWire(ctx.state, file));
}

// Guess: HTTP 400, the status of the other code-3 (invalid_argument) errors; the sources give only name and code.
function renameRefused(error: string, description: string): Reply {
  return errorReply({ status: 400, error, code: 3, description });
}
