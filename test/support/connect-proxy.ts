import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * An HTTP proxy that only tunnels (`CONNECT host:port`), for clients that cannot map host names themselves:
 * aria2c (`--all-proxy`) and Firefox (a PAC) reach the fake PikPak's TLS listener through it under PikPak's real
 * names, so TLS SNI and the Host header still name the PikPak host. `resolve` says where each CONNECT goes;
 * undefined refuses it (403), so nothing leaves the machine by accident.
 */
export interface ConnectProxyOptions {
  resolve: (host: string, port: number) => { host: string; port: number } | undefined;
}

export interface ConnectProxy {
  port: number;
  /** `http://127.0.0.1:PORT`, for `--all-proxy` and PAC files. */
  url: string;
  /** Every CONNECT target asked for (`host:port`), refused ones too, in order. */
  readonly connects: readonly string[];
  close(): Promise<void>;
}

export async function startConnectProxy(options: ConnectProxyOptions): Promise<ConnectProxy> {
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    // Plain-HTTP proxying is not needed: every PikPak URL is https.
    res.writeHead(405, { 'content-type': 'text/plain' }).end('This proxy only tunnels (CONNECT)');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    const { host, port } = splitHostPort(target);
    const to = host === '' ? undefined : options.resolve(host, port);
    if (to === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', () => {
      if (!client.destroyed && upstream.connecting) client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      drop();
    });
    client.on('error', drop);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `host:port` or `[v6]:port` of a CONNECT line; port 443 when absent. */
function splitHostPort(target: string): { host: string; port: number } {
  const match = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(target);
  return { host: (match?.[1] ?? '').toLowerCase(), port: Number(match?.[2] ?? 443) };
}

/** PikPak's host names (`*.mypikpak.com`, `*.mypikpak.net` and the bare domains) onto one local TLS port. */
export function pikpakHostsTo(tlsPort: number): ConnectProxyOptions['resolve'] {
  return (host) => (/(^|\.)mypikpak\.(com|net)$/.test(host) ? { host: '127.0.0.1', port: tlsPort } : undefined);
}
