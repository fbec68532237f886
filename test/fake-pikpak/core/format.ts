/**
 * Wire formats PikPak uses for times and ids (pikpak-api.md §9.7–9.8).
 */

const EIGHT_HOURS_MS = 8 * 3600 * 1000;

/** RFC 3339 with milliseconds in China Standard Time, e.g. `2024-10-29T18:29:11.092+08:00`; 0 means unset → "". */
export function formatTime(epochMs: number): string {
  if (!epochMs) return '';
  return new Date(epochMs + EIGHT_HOURS_MS).toISOString().replace('Z', '+08:00');
}

export function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export function fromBase64url(text: string): string {
  return Buffer.from(text, 'base64url').toString('utf8');
}
