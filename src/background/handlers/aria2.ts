import browser from 'webextension-polyfill';
import type { PikPakClient } from '../../api/client.ts';
import { aria2SettingsItem, endpointOriginPattern, normalizeEndpoint } from '../../shared/aria2-settings.ts';
import { RequestError } from '../../shared/messages.ts';
import { getSettings } from '../../shared/settings.ts';
import { aria2Call, type Aria2CallOptions, type Aria2Fetch, type Aria2Target } from '../aria2/rpc.ts';
import { sendLinksToAria2 } from '../aria2/send.ts';
import { linksFor } from '../downloads/links.ts';
import type { Handlers } from '../router.ts';
import { pikpak } from '../session/client.ts';
import { payloadRecord } from './drive-payloads.ts';
import { MAX_FILES_PER_REQUEST, plannedFiles } from './files.ts';

type Aria2Handlers = Pick<Handlers, 'aria2.test' | 'aria2.send'>;

export interface Aria2HandlerDeps {
  /** For the calls to aria2 (default: global fetch). */
  fetch?: Aria2Fetch;
  /** Whether the extension holds this host permission (default: `permissions.contains`). */
  hasOrigin?: (pattern: string) => Promise<boolean>;
  /** The PikPak client for fresh links (default: the stored session's). */
  client?: () => Promise<PikPakClient>;
  /** The wait before asking PikPak again for a missing link (fresh-link.ts; tests shorten it). */
  sleep?: (ms: number) => Promise<void>;
}

const containsOrigin = (pattern: string) => browser.permissions.contains({ origins: [pattern] });

/**
 * Options › aria2's Test connection and the file browser's Send to aria2. The worker calls aria2, not the page:
 * the secret stays out of pages' requests except the test's own, and one place holds the host-permission check.
 */
export function createAria2Handlers(deps: Aria2HandlerDeps = {}): Aria2Handlers {
  const hasOrigin = deps.hasOrigin ?? containsOrigin;
  const options: Aria2CallOptions = deps.fetch === undefined ? {} : { fetch: deps.fetch };

  /**
   * Without the host permission the call would fail as a CORS error, indistinguishable from aria2 not running;
   * only a page can ask for the permission (a user gesture), so say so instead.
   */
  async function checkAccess(target: Aria2Target): Promise<void> {
    const pattern = endpointOriginPattern(target.endpoint);
    if (!(await hasOrigin(pattern))) {
      throw new RequestError('aria2-permission', `No host permission for ${pattern}`);
    }
  }

  async function version(target: Aria2Target): Promise<string> {
    await checkAccess(target);
    const result = await aria2Call(target, 'aria2.getVersion', [], options);
    const found = typeof result === 'object' && result !== null && 'version' in result ? result.version : undefined;
    if (typeof found !== 'string') throw new RequestError('aria2-refused', 'aria2.getVersion gave no version');
    return found;
  }

  return {
    'aria2.test': async (payload) => {
      const { endpoint, secret } = payloadRecord(payload);
      const normalized = typeof endpoint === 'string' ? normalizeEndpoint(endpoint) : undefined;
      if (normalized === undefined || typeof secret !== 'string') {
        throw new RequestError('bad-request', 'An aria2 test needs an http(s) endpoint and a secret string');
      }
      return { version: await version({ endpoint: normalized, secret }) };
    },
    'aria2.send': async (payload) => {
      const files = plannedFiles(payload, MAX_FILES_PER_REQUEST);
      const { endpoint, secret, dir } = await aria2SettingsItem.get();
      const target = { endpoint, secret };
      // Asked first: an aria2 that is down or refuses the secret fails the request once, before PikPak is asked
      // for links it would not take.
      await version(target);
      const { disableMediaLinks, useTranscodingAddress } = await getSettings();
      const client = await (deps.client ?? pikpak)();
      // Share files (`shareId`) are read from their share (`share/file_info`), signed in or not.
      const { links, failed: linkFailures } = await linksFor(files, {
        client,
        disableMediaLinks,
        useTranscodingAddress,
        ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
      });
      const { sent, failed: refused } = await sendLinksToAria2(target, dir, links, options);
      const order = new Map(files.map((file, index) => [file.id, index]));
      const failed = [...linkFailures, ...refused].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return { sent, failed };
    },
  };
}
