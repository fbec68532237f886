/**
 * What the pages need to know about the session to choose their layout. The session work fills it from
 * storage; until then the pages start signed out.
 */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: { name: string; detail?: string } };
