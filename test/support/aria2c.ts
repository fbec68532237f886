import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/**
 * A real aria2c for tests (Debian's `aria2`; .ci/run installs it): an RPC daemon on a free port of 127.0.0.1, or a
 * one-shot `aria2c -i <file>`. Downloads go through `proxyUrl` (test/support/connect-proxy.ts), since aria2c
 * cannot resolve PikPak's host names; the fake's certificate is self-signed, so certificates are not checked.
 */
/** Node's own fetch, kept before a test stubs the global one with the fake PikPak's. */
const realFetch = globalThis.fetch;

export interface Aria2Daemon {
  port: number;
  /** `http://127.0.0.1:PORT/jsonrpc` */
  endpoint: string;
  secret: string;
  dir: string;
  /** One RPC call with the daemon's secret; resolves with `result`, rejects with aria2's error message. */
  call(method: string, ...params: unknown[]): Promise<unknown>;
  /** Resolves once aria2 has nothing active or waiting, and says how each finished download ended. */
  waitUntilIdle(timeoutMs?: number): Promise<StoppedDownload[]>;
  close(): Promise<void>;
}

export interface StoppedDownload {
  gid: string;
  status: string;
  errorMessage?: string;
  files: { path: string }[];
}

export interface Aria2Options {
  /** `--rpc-secret`; '' starts aria2 without one. */
  secret: string;
  dir: string;
  /** `--all-proxy`; omit for no proxy. */
  proxyUrl?: string;
}

/** A TCP port nothing listens on right now (the OS's pick; released before it is used). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function downloadArgs(options: { dir: string; proxyUrl?: string | undefined }): string[] {
  return [
    `--dir=${options.dir}`,
    ...(options.proxyUrl === undefined ? [] : [`--all-proxy=${options.proxyUrl}`]),
    '--check-certificate=false',
    '--auto-file-renaming=false',
    '--allow-overwrite=true',
    // No .aria2 control files or resumption state left in the test's folder.
    '--auto-save-interval=0',
    '--file-allocation=none',
    '--quiet=true',
  ];
}

export async function startAria2Daemon(options: Aria2Options): Promise<Aria2Daemon> {
  const port = await freePort();
  const child = spawn(
    'aria2c',
    [
      '--enable-rpc',
      `--rpc-listen-port=${port}`,
      '--rpc-listen-all=false',
      ...(options.secret === '' ? [] : [`--rpc-secret=${options.secret}`]),
      ...downloadArgs(options),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}/jsonrpc`;
  const token = options.secret === '' ? [] : [`token:${options.secret}`];
  const call = async (method: string, ...params: unknown[]) => {
    const response = await realFetch(endpoint, {
      method: 'POST',
      body: JSON.stringify({ jsonrpc: '2.0', id: 't', method, params: [...token, ...params] }),
    });
    const answer = (await response.json()) as { result?: unknown; error?: { message: string } };
    if (answer.error) throw new Error(`aria2 ${method}: ${answer.error.message}`);
    return answer.result;
  };
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`aria2c exited with ${child.exitCode}: ${stderr}`);
      return call('aria2.getVersion').then(
        () => true,
        () => false,
      );
    },
    10_000,
    'aria2c to answer RPC',
  );
  return {
    port,
    endpoint,
    secret: options.secret,
    dir: options.dir,
    call,
    async waitUntilIdle(timeoutMs = 20_000) {
      await waitFor(
        async () => {
          const stat = (await call('aria2.getGlobalStat')) as { numActive: string; numWaiting: string };
          return stat.numActive === '0' && stat.numWaiting === '0';
        },
        timeoutMs,
        'aria2 to finish its downloads',
      );
      return (await call('aria2.tellStopped', 0, 1000, [
        'gid',
        'status',
        'errorMessage',
        'files',
      ])) as StoppedDownload[];
    },
    close: () => stop(child),
  };
}

/** `aria2c -i <inputFile>` to the end; resolves with its exit code and what it printed. */
export async function runAria2InputFile(
  inputFile: string,
  options: { dir: string; proxyUrl?: string },
): Promise<{ code: number | null; output: string }> {
  const child = spawn('aria2c', [`--input-file=${inputFile}`, ...downloadArgs(options), '--quiet=false'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`aria2c -i did not finish in 20 s: ${output.slice(-1000)}`));
    }, 20_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // aria2c finishes its sessions on SIGTERM; a second signal makes it stop at once.
  const forced = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(forced);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
