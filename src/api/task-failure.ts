import type { ErrorKind } from '../shared/errors.ts';

/**
 * Why a batch task (§7.4) ended `PHASE_TYPE_ERROR`, as an error kind. Such a task carries no `error` name, only
 * PikPak's human `message` (§6.1: "Task timeout", "Storage space is not enough", …), in the account's language, so
 * the kind is read from the text; a message this does not recognise is PikPak's trouble ('server': try again later).
 */
const RULES: readonly (readonly [RegExp, ErrorKind])[] = [
  // "File name cannot be repeated" (file_duplicated_name's text, §3.6), "already exists".
  [/cannot be repeated|duplicat|already exists|重复|已存在/i, 'name-conflict'],
  // "Storage space is not enough" (file_space_not_enough, §6.1).
  [/space is not enough|not enough (storage|space)|storage (is )?full|空间不足/i, 'storage-full'],
  // "Please don't move or copy to current folder or sub folder" (file_move_or_copy_to_cur).
  [/current folder|sub ?folder|当前文件夹|子文件夹/i, 'invalid-destination'],
  [/not found|not exist|no longer exists|不存在/i, 'not-found'],
  [/too frequent|频繁/i, 'too-frequent'],
  // `operating_file_count_exceeded` (§7.4): too many ids in one call.
  [/count exceeded|too many (files|items)/i, 'bad-request'],
];

export function taskFailureKind(message: string): ErrorKind {
  for (const [pattern, kind] of RULES) if (pattern.test(message)) return kind;
  return 'server';
}
