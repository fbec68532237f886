import { describe, expect, it } from 'vitest';
import { parseRetryAfter, PikPakError, redactSecrets, toPikPakError, transportError } from './errors.ts';

const envelope = (error: string, code: number, description = '') => ({
  error,
  error_code: code,
  error_description: description,
  details: [
    { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en', message: description || error },
  ],
});
const noHeaders = new Headers();

describe('toPikPakError: decides on the error string and status, not the overloaded codes (§3.6, §9.10)', () => {
  it.each([
    [
      'captcha_invalid 9 on the drive host',
      403,
      envelope('captcha_invalid', 9, 'Verification code is invalid'),
      'GET /drive/v1/files/x',
      'captcha-needed',
    ],
    [
      'file_rename_uncompleted, also code 9',
      400,
      envelope('file_rename_uncompleted', 9),
      'PATCH /drive/v1/files/x',
      'file-busy',
    ],
    [
      'file_move_or_copy_to_cur, also code 9',
      400,
      envelope('file_move_or_copy_to_cur', 9, "Please don't move or copy to current folder or sub folder"),
      'POST /drive/v1/files:batchMove',
      'invalid-destination',
    ],
    [
      'file_rename_to_same_name, code 3',
      400,
      envelope('file_rename_to_same_name', 3, 'Name of file or folder is not changed'),
      'PATCH /drive/v1/files/x',
      'same-name',
    ],
    ['file_restore_own', 400, envelope('file_restore_own', 9), 'POST /drive/v1/share/restore', 'own-share'],
    ['risk_limited 9 (HTTP 403)', 403, envelope('risk_limited', 9), 'GET /drive/v1/files/x', 'captcha-needed'],
    ['riskLimited, pikpaktui’s spelling', 403, envelope('riskLimited', 9), 'GET /drive/v1/files/x', 'captcha-needed'],
    [
      'a refused captcha_sign: invalid_argument 3 from captcha init',
      400,
      envelope('invalid_argument', 3, 'invalid captcha_sign'),
      'POST /v1/shield/captcha/init',
      'captcha-needed',
    ],
    ['code 4121 alone', 400, envelope('token_expired', 4121), 'GET /drive/v1/files', 'signed-out'],
    ['code 4122 alone', 400, envelope('', 4122), 'GET /drive/v1/files', 'signed-out'],
    ['code 16 without the error string', 400, { error_code: 16 }, 'GET /drive/v1/files', 'signed-out'],
    [
      'code 10 in Chinese',
      409,
      envelope('aborted', 10, '操作过于频繁，请稍后再试'),
      'POST /drive/v1/files',
      'too-frequent',
    ],
    ['code 10 with an unknown error and no text', 400, { error: 'x', error_code: 10 }, 'GET /x', 'too-frequent'],
    [
      '4126 at refresh = dead refresh token',
      400,
      envelope('invalid_grant', 4126, 'invalid refresh token for it may be has been refreshed by other process'),
      'POST /v1/auth/token',
      'signed-out',
    ],
    [
      '4126 AccessProhibited at sign-in',
      400,
      envelope('invalid_grant', 4126, 'AccessProhibited'),
      'POST /v1/auth/signin',
      'region-blocked',
    ],
    [
      'too frequent as captcha_invalid 4002',
      403,
      envelope('captcha_invalid', 4002, 'Aborted - Your operation is too frequent, please try again later'),
      'POST /v1/shield/captcha/init',
      'too-frequent',
    ],
    ['aborted on the drive host', 409, envelope('aborted', 10, 'Aborted'), 'POST /drive/v1/files', 'too-frequent'],
    ['captcha_required', 400, envelope('captcha_required', 4002), 'POST /v1/auth/signin', 'captcha-needed'],
    ['unauthenticated 16', 401, envelope('unauthenticated', 16), 'GET /drive/v1/about', 'signed-out'],
    ['bare 401', 401, 'Unauthorized', 'GET /drive/v1/about', 'signed-out'],
    [
      'invalid_account_or_password',
      400,
      envelope('invalid_account_or_password', 4022),
      'POST /v1/auth/signin',
      'bad-credentials',
    ],
    [
      'task_daily_create_limit',
      403,
      envelope('task_daily_create_limit', 11),
      'POST /drive/v1/files',
      'daily-task-limit',
    ],
    [
      'task_daily_create_limit_vip',
      403,
      envelope('task_daily_create_limit_vip', 11),
      'POST /drive/v1/files',
      'daily-task-limit',
    ],
    ['task_run_nums_limit', 403, envelope('task_run_nums_limit', 11), 'POST /drive/v1/files', 'too-many-running'],
    [
      'file_space_not_enough, code 8',
      403,
      envelope('file_space_not_enough', 8),
      'POST /drive/v1/files',
      'storage-full',
    ],
    ['429 with code 8 is not storage', 429, envelope('too_many_requests', 8), 'GET /drive/v1/files', 'rate-limited'],
    [
      'file_duplicated_name, code 3',
      400,
      envelope('file_duplicated_name', 3),
      'PATCH /drive/v1/files/x',
      'name-conflict',
    ],
    [
      'invalid_argument, also code 3',
      400,
      envelope('invalid_argument', 3, 'url is invalid'),
      'POST /drive/v1/files',
      'bad-request',
    ],
    ['file_not_found', 404, envelope('file_not_found', 5), 'GET /drive/v1/files/x', 'not-found'],
    ['task_not_found', 404, envelope('task_not_found', 5), 'GET /drive/v1/tasks/x', 'not-found'],
    ['share {detail} body', 400, { detail: 'device_id is empty' }, 'GET /drive/v1/share', 'bad-request'],
    ['500 envelope', 500, envelope('internal', 13), 'GET /drive/v1/files', 'server'],
    ['502 gateway HTML', 502, '<html><body>502 Bad Gateway</body></html>', 'GET /drive/v1/files', 'server'],
    ['an unknown 403', 403, envelope('permission_denied', 7), 'GET /drive/v1/files', 'unknown'],
  ])('%s', (_name, status, body, endpoint, kind) => {
    const error = toPikPakError(status, body, noHeaders, endpoint);
    expect(error).toBeInstanceOf(PikPakError);
    expect(error?.kind).toBe(kind);
    expect(error?.status).toBe(status);
    expect(error?.endpoint).toBe(endpoint);
  });

  it('keeps PikPak’s error string, code and description', () => {
    const error = toPikPakError(
      403,
      envelope('task_daily_create_limit', 11, 'daily limit'),
      noHeaders,
      'POST /drive/v1/files',
    );
    expect(error).toMatchObject({
      error: 'task_daily_create_limit',
      code: 11,
      detail: 'daily limit',
      retriable: false,
    });
    expect(error?.message).toContain('task_daily_create_limit 11');
  });

  it('reads error_details[].detail (SDL)', () => {
    const error = toPikPakError(
      400,
      { error: 'captcha_invalid', error_details: [{ detail: 'no client info found' }] },
      noHeaders,
      'POST /v1/shield/captcha/init',
    );
    expect(error).toMatchObject({ kind: 'captcha-needed', detail: 'no client info found' });
  });

  it('reads an error envelope in a 2xx answer as that error (§12)', () => {
    expect(
      toPikPakError(200, envelope('captcha_invalid', 9, 'Verification code is invalid'), noHeaders, 'GET /x'),
    ).toMatchObject({ kind: 'captcha-needed', status: 200, error: 'captcha_invalid', code: 9 });
    expect(toPikPakError(200, { error_code: 11, error: 'task_daily_create_limit' }, noHeaders, 'POST /x')?.kind).toBe(
      'daily-task-limit',
    );
    expect(toPikPakError(200, { error_code: 4122 }, noHeaders, 'GET /x')?.kind).toBe('signed-out');
    expect(toPikPakError(200, { error: 'something_new', error_code: 1 }, noHeaders, 'GET /x')?.kind).toBe('unknown');
    // An empty error and code 0 are no envelope.
    expect(toPikPakError(200, { error: '', error_code: 0, files: [] }, noHeaders, 'GET /x')).toBeUndefined();
  });

  it('is undefined for successes', () => {
    expect(toPikPakError(200, { files: [] }, noHeaders, 'GET /drive/v1/files')).toBeUndefined();
    expect(toPikPakError(204, undefined, noHeaders, 'DELETE /drive/v1/tasks')).toBeUndefined();
    expect(toPikPakError(200, { share_status: 'OK' }, noHeaders, 'GET /drive/v1/share')).toBeUndefined();
  });

  it.each([
    ['PROHIBITED', 'region-blocked'],
    ['PASS_CODE_EMPTY', 'share-pass-code'],
    ['PASS_CODE_ERROR', 'share-pass-code'],
    // A share deleted by its owner is no missing file of the user's: the share is gone.
    ['NOT_FOUND', 'share-unavailable'],
    ['EXPIRED', 'share-unavailable'],
    ['CANCELLED', 'share-unavailable'],
    ['SENSITIVE_RESOURCE', 'share-sensitive'],
    ['SOMETHING_NEW', 'share-unavailable'],
  ])('maps HTTP-200 share_status %s → %s (§8.1)', (shareStatus, kind) => {
    const error = toPikPakError(
      200,
      { share_status: shareStatus, share_status_text: 'text' },
      noHeaders,
      'GET /drive/v1/share',
    );
    expect(error).toMatchObject({ kind, status: 200, error: shareStatus, detail: 'text' });
    // The status and PikPak's own sentence stay readable for callers that answer a status (shares.open).
    expect(error?.share).toEqual({ status: shareStatus, text: 'text' });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const seconds = toPikPakError(
      429,
      envelope('too_many_requests', 8),
      new Headers({ 'retry-after': '7' }),
      'GET /drive/v1/files',
    );
    expect(seconds).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7000, retriable: true });
    const now = Date.parse('2026-01-01T00:00:00Z');
    const dated = toPikPakError(
      429,
      '',
      new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }),
      'GET /x',
      () => now,
    );
    expect(dated?.retryAfterMs).toBe(30_000);
    expect(toPikPakError(429, '', noHeaders, 'GET /x')?.retryAfterMs).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('never keeps tokens in the description (PikPak echoes the refresh token, §3.2)', () => {
    const body = envelope(
      'invalid_grant',
      4126,
      'invalid refresh token …, more info redis: nil, RefreshToken os.SECRETsecret-_123',
    );
    const error = toPikPakError(400, body, noHeaders, 'POST /v1/auth/token');
    expect(error?.detail).not.toContain('SECRET');
    expect(error?.detail).toContain('os.[redacted]');
    expect(redactSecrets('Bearer eyJhbGciOi.eyJzdWIi.c2ln and ck0.abc.def')).toBe(
      'Bearer [redacted] and ck0.[redacted]',
    );
    expect(redactSecrets('token eyJhbGciOi.eyJzdWIi.c2ln')).toBe('token [redacted-jwt]');
  });
});

describe('transportError', () => {
  it('tells a timeout from a network failure', () => {
    expect(transportError(new DOMException('late', 'TimeoutError'), 'GET /x')).toMatchObject({
      kind: 'timeout',
      retriable: true,
    });
    expect(transportError(new TypeError('fetch failed'), 'GET /x')).toMatchObject({
      kind: 'network',
      retriable: true,
      status: undefined,
    });
  });
});
