/**
 * The web app at https://mypikpak.com calls user.* and api-drive.* cross-origin, so those hosts must
 * answer preflights. The allowed origins are the two web-app origins only, as a real API would.
 */
const ALLOWED_ORIGINS = new Set(['https://mypikpak.com', 'https://mypikpak.net']);

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !ALLOWED_ORIGINS.has(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'retry-after',
    vary: 'Origin',
  };
}

export function preflightHeaders(
  origin: string | undefined,
  requestedHeaders: string | undefined,
): Record<string, string> {
  const base = corsHeaders(origin);
  if (!base['access-control-allow-origin']) return {};
  return {
    ...base,
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    // Echo what the browser asks for: the web SDK sends a dozen x-* headers (pikpak-api.md §1.2).
    'access-control-allow-headers':
      requestedHeaders ?? 'authorization, content-type, x-captcha-token, x-device-id, x-client-id',
    'access-control-max-age': '600',
  };
}
