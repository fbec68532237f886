import { Errors, errorReply } from '../http/envelope.ts';
import { json, type Reply } from '../http/reply.ts';

/**
 * Envelopes of the answers PikPak is known to send (pikpak-api.md §3.6, §12) that the fake's routes do not make
 * by themselves; faults.ts hands them out. Error names and codes are from the sources; descriptions are quoted
 * where a source quotes one, otherwise marked as guesses.
 */
export const FaultReplies = {
  /**
   * A dead access token. 16 is `unauthenticated` (§3.3). OpenList and the Xunlei drivers refresh on 4121 and
   * 4122 as "token expired" (§12), but no body of theirs is public. Guess: the same 401 `unauthenticated`
   * envelope with the other code.
   */
  accessTokenExpired(code: 16 | 4121 | 4122): Reply {
    if (code === 16) return Errors.unauthenticated();
    return errorReply({
      status: 401,
      error: 'unauthenticated',
      code,
      description: 'access token expired',
      localized: 'Your login has expired, please sign in again',
    });
  },

  /**
   * risk_limited, code 9, HTTP 403 (§12; pikpaktui remakes the captcha token on it and spells it `riskLimited` in
   * its test fixture). Guess: the description; no source quotes one.
   */
  riskLimited(): Reply {
    return errorReply({ status: 403, error: 'risk_limited', code: 9, description: 'risk limited' });
  },

  /**
   * "Too frequent" on the drive host in Chinese: code 10 is what marks it (OpenList reads only the code and its
   * comment says 操作频繁, §12). Guess: the wording and the zh-CN LocalizedMessage; PikPak localizes by account
   * or Accept-Language, which is not recorded.
   */
  tooFrequentChinese(): Reply {
    return json(409, {
      error: 'aborted',
      error_code: 10,
      error_url: '',
      error_description: '操作过于频繁，请稍后再试',
      details: [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'aborted', domain: '', metadata: {} },
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'zh-CN', message: '操作过于频繁' },
      ],
    });
  },

  /** Rename right after a move or copy. rclone quotes the code and text and retries it (§12). Guess: HTTP 400. */
  renameUncompleted(): Reply {
    return errorReply({
      status: 400,
      error: 'file_rename_uncompleted',
      code: 9,
      description: 'Renaming uncompleted file or folder is not supported',
    });
  },

  /** Rename to the name the item already has; code and text quoted by rclone (§12). Guess: HTTP 400. */
  renameToSameName(): Reply {
    return errorReply({
      status: 400,
      error: 'file_rename_to_same_name',
      code: 3,
      description: 'Name of file or folder is not changed',
    });
  },

  /**
   * Move or copy into the item's own folder or a subfolder; code and text quoted by rclone (§12). HTTP 400 as in
   * pikpaktui's fixture of this body.
   */
  moveToCurrent(): Reply {
    return errorReply({
      status: 400,
      error: 'file_move_or_copy_to_cur',
      code: 9,
      description: "Please don't move or copy to current folder or sub folder",
    });
  },
} as const;

/** The same answer with HTTP 200: some clients read PikPak's envelope from 2xx bodies too (§12). */
export function withOkStatus(reply: Reply): Reply {
  return { ...reply, status: 200 };
}
