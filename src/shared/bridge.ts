/** Commands the background sends to the session bridge in a mypikpak.com tab (`tabs.sendMessage`). */
export const BRIDGE_READ = 'pikpak-companion/read-session';
/**
 * "The stored pair changed (a refresh of ours): hand it to your page if the write-back rule allows." The pair
 * itself is not in the message: the bridge reads it from extension storage, and writes only under the rule.
 */
export const BRIDGE_WRITE = 'pikpak-companion/write-session';

export type BridgeCommand = { type: typeof BRIDGE_READ } | { type: typeof BRIDGE_WRITE };

export function isBridgeCommand(value: unknown): value is BridgeCommand {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return value.type === BRIDGE_READ || value.type === BRIDGE_WRITE;
}
