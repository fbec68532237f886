/**
 * Which PikPak client a session belongs to. Tokens are bound to the client id they were issued to: `web` (the
 * mypikpak.com web app, password sign-in, pasted web tokens) or `android` (a refresh token pasted from PikPak's
 * Android app, refreshed and used as that app). The API client's identities (src/api/identity.ts) are keyed by it.
 */
export type Platform = 'web' | 'android';

export const isPlatform = (value: unknown): value is Platform => value === 'web' || value === 'android';
