import { checkCaptchaToken } from '../auth/captcha-check.ts';
import { computeCaptchaSign, findProfile, isKnownClientId } from '../auth/captcha-sign.ts';
import { CAPTCHA_TTL_SECONDS, isSigninAction } from '../auth/captcha-tokens.ts';
import { fields } from '../http/body.ts';
import { baseDomain, stripPort } from '../http/hosts.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';

/**
 * POST /v1/shield/captcha/init (pikpak-api.md §3.4). Sign-in actions carry the identity in `meta`
 * (username / email / phone_number); everything else must carry a valid `captcha_sign` for one of
 * the accepted profiles. In human-check mode the answer is a spritePuzzle `url` instead of a token.
 */
const IDENTITY_FIELDS = ['username', 'email', 'phone_number'] as const;

export function captchaInit(ctx: RouteContext): Reply {
  const { state } = ctx;
  const body = fields(ctx.body);
  const clientId = body.str('client_id') ?? ctx.query.get('client_id') ?? '';
  const deviceId = body.str('device_id') ?? ctx.header('x-device-id') ?? '';
  const action = body.str('action') ?? '';
  const meta = body.obj('meta');
  if (!isKnownClientId(clientId)) {
    return errorReply({ status: 400, error: 'captcha_invalid', code: 4002, description: 'no client info found' });
  }
  if (!/^[0-9a-f]{32}$/i.test(deviceId)) return Errors.invalidArgument('device_id is invalid');
  if (!action) return Errors.invalidArgument('action is empty');

  let who: { field: string; value: string } | undefined;
  if (isSigninAction(action)) {
    const field = IDENTITY_FIELDS.find((f) => meta.str(f));
    if (!field) {
      // Wording from rclone#8005, the one sample of a meta mismatch.
      return Errors.userCaptchaInvalid('meta.username expect , but got map[] please check captcha init params');
    }
    who = { field, value: meta.str(field) ?? '' };
  } else {
    if (!signAccepted(meta, clientId, deviceId, state.settings.captcha.acceptedProfiles)) return refusedSign();
  }

  const now = state.clock.now();
  const claims = {
    cid: clientId,
    did: deviceId,
    act: action,
    iat: now,
    exp: now + CAPTCHA_TTL_SECONDS * 1000,
    ...(who ? { who } : { uid: meta.str('user_id') ?? '' }),
  };
  if (state.settings.captcha.mode === 'human-check') {
    // A token verified on the puzzle page and sent back as `captcha_token` passes the check.
    const previous = checkCaptchaToken(state, body.str('captcha_token'), { deviceId, clientId, action });
    if (!previous.ok) return humanCheckAnswer(ctx, claims);
  }
  return ok({ captcha_token: state.captchaTokens.issue(claims), expires_in: CAPTCHA_TTL_SECONDS });
}

/**
 * True when `meta.captcha_sign` is the §2.3 sign of an accepted profile with the meta's own version, package and
 * timestamp. A profile switched off with control.captcha.acceptedProfiles counts as one the server dropped.
 * Timestamp freshness is not checked: PPA shipped a hard-coded timestamp that worked (§2.3).
 */
function signAccepted(
  meta: ReturnType<typeof fields>,
  clientId: string,
  deviceId: string,
  accepted: ReadonlySet<string>,
): boolean {
  const sign = meta.str('captcha_sign') ?? '';
  const timestamp = meta.str('timestamp') ?? '';
  const profile = findProfile(clientId, meta.str('client_version') ?? '', meta.str('package_name') ?? '');
  if (!sign || !timestamp || !profile || !accepted.has(profile.name)) return false;
  return computeCaptchaSign(profile, deviceId, timestamp) === sign;
}

/**
 * PikPak refuses a sign (wrong, or of a generation it dropped) with `invalid_argument` / 3 / "invalid captcha_sign",
 * not with captcha_invalid (pikpak-api.md §12, alist PR#8278). Guess: HTTP 400, as for the fake's other
 * invalid_argument answers (gRPC INVALID_ARGUMENT); the source quotes only the body's fields.
 */
function refusedSign(): Reply {
  return Errors.invalidArgument('invalid captcha_sign');
}

function humanCheckAnswer(
  ctx: RouteContext,
  claims: { cid: string; did: string; act: string; iat: number; exp: number },
): Reply {
  const pending = ctx.state.captchaTokens.issue({ ...claims, pending: true });
  const host = stripPort(ctx.host);
  const query = new URLSearchParams({
    action: claims.act,
    client_id: claims.cid,
    device_id: claims.did,
    captcha_token: pending,
    // The real page always sends people back to the web app's /loading, whatever the client asked (PPA#50).
    redirect_uri: `https://${baseDomain(host)}/loading`,
    state: `getcaptcha${ctx.state.clock.now()}`,
  });
  return ok({
    captcha_token: '',
    expires_in: CAPTCHA_TTL_SECONDS,
    url: `https://${host}/captcha/v2/spritePuzzle.html?${query.toString()}`,
  });
}
