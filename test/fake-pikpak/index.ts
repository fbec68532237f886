import { Agent, createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createControl, type FakeControl } from './control.ts';
import { applySeed, type SeedName } from './seeds/index.ts';
import type { SeedIds } from './seeds/seed-ids.ts';
import { createFakeFetch, type FetchLike } from './server/fake-fetch.ts';
import { createFaults } from './server/faults.ts';
import { createHandler } from './server/handler.ts';
import { createLog, type RequestLog } from './server/log.ts';
import { makeSelfSignedCertificate } from './server/tls.ts';
import { createState, type FakeState } from './state.ts';

/**
 * A fake PikPak for tests and the demo: the user host, the drive API, the web app, thumbnails and
 * the download CDN, dispatched on the Host header, over plain HTTP (Node tests, through `fetch`)
 * and HTTPS (Chromium with --host-resolver-rules). See README.md in this folder.
 */
export interface FakePikPakOptions {
  /** Also listen with HTTPS using a fresh self-signed certificate (default true). */
  https?: boolean;
  /** 0/undefined = a random free port; always 127.0.0.1. */
  httpPort?: number;
  httpsPort?: number;
  /** Initial data (default 'basic'). */
  seed?: SeedName;
}

export interface FakePikPak {
  /** `http://127.0.0.1:PORT` */
  httpUrl: string;
  httpPort: number;
  /** Undefined when started with `https: false`. */
  httpsPort: number | undefined;
  /** PEM of the self-signed certificate (undefined without HTTPS). */
  certificatePem: string | undefined;
  /** fetch for Node tests: PikPak URLs go to this server with the right Host; others pass through. */
  fetch: FetchLike;
  state: FakeState;
  control: FakeControl;
  log: RequestLog;
  /** Notable ids the seed created (accounts, folders, files, tasks, shares). */
  seedIds: SeedIds;
  /** Chromium flags that map PikPak's host names onto the HTTPS listener. */
  chromiumArgs(): string[];
  close(): Promise<void>;
}

export async function startFakePikPak(options: FakePikPakOptions = {}): Promise<FakePikPak> {
  const state = createState(options.seed ?? 'basic');
  const seedIds = applySeed(state, options.seed ?? 'basic');
  const faults = createFaults();
  const log = createLog();
  const deps = { state, faults, log };

  const httpServer = createHttpServer(createHandler(deps, 'http'));
  const httpPort = await listen(httpServer, options.httpPort ?? 0);

  let httpsServer: Server | undefined;
  let httpsPort: number | undefined;
  let certificate: Awaited<ReturnType<typeof makeSelfSignedCertificate>> | undefined;
  if (options.https !== false) {
    certificate = await makeSelfSignedCertificate();
    httpsServer = createHttpsServer({ key: certificate.key, cert: certificate.cert }, createHandler(deps, 'https'));
    httpsPort = await listen(httpsServer, options.httpsPort ?? 0);
  }

  const agent = new Agent({ keepAlive: true });
  const servers = [httpServer, ...(httpsServer ? [httpsServer] : [])];
  return {
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpPort,
    httpsPort,
    certificatePem: certificate?.cert,
    fetch: createFakeFetch(httpPort, agent),
    state,
    control: createControl(state, faults),
    log,
    seedIds,
    chromiumArgs() {
      if (httpsPort === undefined) throw new Error('fake-pikpak was started without HTTPS');
      const target = `127.0.0.1:${httpsPort}`;
      return [
        `--host-resolver-rules=MAP mypikpak.com ${target},MAP *.mypikpak.com ${target},MAP mypikpak.net ${target},MAP *.mypikpak.net ${target}`,
        '--ignore-certificate-errors',
      ];
    },
    async close() {
      agent.destroy();
      await Promise.all(servers.map((server) => closeServer(server)));
      await certificate?.dispose();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets (browsers, the fake fetch's agent) would otherwise hold close() open.
    server.closeAllConnections();
  });
}

export type { FakeControl } from './control.ts';
export type { FakeState } from './state.ts';
export type { RequestLog, LogEntry, LogFilter } from './server/log.ts';
export type { FaultSpec, FaultKind, Fault } from './server/faults.ts';
export type { MediaSeedIds, SeedIds } from './seeds/seed-ids.ts';
export type { TranscodeFormat } from './state.ts';
export type { ContentKind, FileContent, MediaFacts } from './drive/media-content.ts';
export type { SeedName } from './seeds/index.ts';
export type { TokenPair } from './auth/sessions.ts';
export {
  ANDROID_CLIENT_ID,
  WEB_CLIENT_ID,
  computeCaptchaSign,
  PROFILE_ANDROID_1_53_2,
  PROFILE_W2,
  PROFILE_WU,
  SIGN_PROFILE_NAMES,
  type SignProfile,
} from './auth/captcha-sign.ts';
export { DEFAULT_ACCOUNT } from './seeds/builders.ts';
export { cdnBytes, CDN_MAX_BYTES } from './routes/cdn.ts';
export {
  CONTENT_KINDS,
  contentBytes,
  MEDIA_DIR,
  mediaBytes,
  mediaFacts,
  TRANSCODE_FILE,
} from './drive/media-content.ts';
export { MEDIA_TEXTS } from './seeds/basic-media.ts';
