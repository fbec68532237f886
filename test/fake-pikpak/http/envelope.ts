import { json, type Reply } from './reply.ts';

/**
 * PikPak's error envelope (pikpak-api.md §3.6):
 * `{error, error_code, error_description, error_url, details:[ErrorInfo, LocalizedMessage]}`.
 */
export interface ErrorSpec {
  status: number;
  error: string;
  code: number;
  description: string;
  /** The human sentence in the LocalizedMessage detail; defaults to the description. */
  localized?: string;
}

export function errorBody(spec: ErrorSpec): Record<string, unknown> {
  return {
    error: spec.error,
    error_code: spec.code,
    error_url: '',
    error_description: spec.description,
    details: [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: spec.error, domain: '', metadata: {} },
      {
        '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
        locale: 'en',
        message: spec.localized ?? spec.description,
      },
    ],
  };
}

export function errorReply(spec: ErrorSpec, headers?: Record<string, string>): Reply {
  return json(spec.status, errorBody(spec), headers);
}

/**
 * The rotated-refresh-token body, verbatim from youming-ai#2 (pikpak-api.md §3.2). It has no
 * `error_url` and a bare ErrorInfo, unlike the generic envelope, so it is built separately.
 */
export function refreshTokenReusedReply(refreshToken: string): Reply {
  const description =
    'invalid refresh token for it may be has been refreshed by other process, more info redis: nil, ' +
    `RefreshToken ${refreshToken}`;
  return json(400, {
    error: 'invalid_grant',
    error_code: 4126,
    error_description: description,
    details: [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: description },
      {
        '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
        locale: 'en',
        message: 'The refresh token is incorrect or expired',
      },
    ],
  });
}

/** Named errors used by more than one route. Status codes not in the reference are marked as guesses. */
export const Errors = {
  unauthenticated: (): Reply =>
    errorReply({
      status: 401,
      error: 'unauthenticated',
      code: 16,
      description: 'Unauthenticated',
      // Guess: the localized wording is not in any source.
      localized: 'Your login has expired, please sign in again',
    }),
  driveCaptchaInvalid: (): Reply =>
    errorReply({ status: 403, error: 'captcha_invalid', code: 9, description: 'Verification code is invalid' }),
  userCaptchaInvalid: (description = 'Code(4002) - captcha_token expired'): Reply =>
    // Guess: HTTP 403 (the reference only says "4xx"); 403 matches the drive host's captcha errors.
    errorReply({
      status: 403,
      error: 'captcha_invalid',
      code: 4002,
      description,
      localized: 'Verification code is invalid',
    }),
  invalidAccountOrPassword: (): Reply =>
    // Guess: the code is not in the sources (PPA and AP only show the error name).
    errorReply({
      status: 400,
      error: 'invalid_account_or_password',
      code: 4022,
      description: 'Account or password is incorrect',
    }),
  invalidArgument: (description: string): Reply =>
    errorReply({ status: 400, error: 'invalid_argument', code: 3, description }),
  // Guess: code 5 / HTTP 404 follows the gRPC numbering the other codes (3, 8, 9, 11, 16) come from.
  fileNotFound: (description = 'File not found'): Reply =>
    errorReply({ status: 404, error: 'file_not_found', code: 5, description }),
  tooFrequentUser: (): Reply =>
    errorReply({
      status: 403,
      error: 'captcha_invalid',
      code: 4002,
      description: 'Aborted - Your operation is too frequent, please try again later',
    }),
  // Guess: on the drive host "too frequent" is code 10 (OL-U comment) = gRPC ABORTED → HTTP 409.
  tooFrequentDrive: (): Reply =>
    errorReply({
      status: 409,
      error: 'aborted',
      code: 10,
      description: 'Aborted - Your operation is too frequent, please try again later',
    }),
  dailyTaskLimit: (): Reply =>
    errorReply({
      status: 403,
      error: 'task_daily_create_limit',
      code: 11,
      description: 'You have reached the daily limit of offline downloads',
    }),
  // Guess: HTTP 403 for quota, like task_daily_create_limit (WF).
  storageFull: (): Reply =>
    errorReply({ status: 403, error: 'file_space_not_enough', code: 8, description: 'Storage space is not enough' }),
} as const;
