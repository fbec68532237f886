import type { WebSession } from './web-session.ts';

/** Commands the background sends to the session bridge in a mypikpak.com tab (`tabs.sendMessage`). */
export const BRIDGE_READ = 'pikpak-companion/read-session';
export const BRIDGE_WRITE = 'pikpak-companion/write-session';

export type BridgeCommand = { type: typeof BRIDGE_READ } | { type: typeof BRIDGE_WRITE; session: WebSession };

export function isBridgeCommand(value: unknown): value is BridgeCommand {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return value.type === BRIDGE_READ || (value.type === BRIDGE_WRITE && 'session' in value);
}
