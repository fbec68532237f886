import type { HttpMethod } from './transport.ts';

/**
 * The captcha `action` a call's token is minted for: `METHOD:/path`, without host or query (pikpak-api.md §3.4),
 * and without the item id of a call on one file or task. Captcha init is the call PikPak throttles ("too frequent",
 * §9.5), so a folder download that asks `GET /drive/v1/files/<id>` per file must not mint a token per file:
 * pikpak-kotlin and pikpakcli send `GET:/drive/v1/files` for those calls, rclone and OpenList reuse one token
 * across ids, and both work (§12). `PATCH /drive/v1/files/<id>` becomes `PATCH:/drive/v1/files` likewise.
 *
 * Ids follow the collections `files` and `tasks`. Custom verbs carry a colon (`/drive/v1/files/trash:empty`,
 * `/drive/v1/files:batchMove`) and are kept. Named sub-resources of other collections (`/drive/v1/share/detail`,
 * `/drive/v1/privilege/vip`) are not ids and are kept too.
 */
const ID_AFTER_COLLECTION = /^(\/drive\/v1\/(?:files|tasks))\/[^/:]+(?=\/|$)/;

export function captchaAction(method: HttpMethod, path: string): string {
  return `${method}:${path.replace(ID_AFTER_COLLECTION, '$1')}`;
}
