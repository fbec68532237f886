/**
 * The `sub` claim of PikPak's access token (a JWT whose payload carries iss, sub, aud, exp…, pikpak-api.md §3.1;
 * rclone reads the user id from it). Undefined when the token is not a readable JWT. The signature is not checked:
 * this only names whose token it is, PikPak decides whether it is valid.
 */
export function jwtSubject(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload || !/^[\w-]+$/.test(payload)) return undefined;
  try {
    const padded = payload
      .replaceAll('-', '+')
      .replaceAll('_', '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims: unknown = JSON.parse(atob(padded));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const sub = (claims as Record<string, unknown>)['sub'];
    return typeof sub === 'string' && sub !== '' ? sub : undefined;
  } catch {
    return undefined;
  }
}
