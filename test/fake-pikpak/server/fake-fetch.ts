import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { hostRole } from '../http/hosts.ts';

/**
 * A fetch for Node tests that sends PikPak URLs (https://user.mypikpak.com/…, api-drive, the web
 * app, the CDN, thumbnails; .com and .net) to the fake's plain-HTTP listener with the real Host
 * header. Node's own fetch silently replaces a Host header you set (checked on Node 20), so this
 * goes through node:http instead and builds a standard Response. Other URLs go to global fetch.
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function createFakeFetch(port: number, agent: Agent): FetchLike {
  const fakeFetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!hostRole(url.hostname)) return fetch(request);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    headers['host'] = url.host;
    if (body) headers['content-length'] = String(body.length);
    const res = await send(port, agent, request, url, headers, body);
    const redirectTo = res.headers.location;
    if (
      request.redirect === 'follow' &&
      res.statusCode !== undefined &&
      [301, 302, 303, 307, 308].includes(res.statusCode) &&
      redirectTo
    ) {
      res.resume();
      const next = new URL(redirectTo, url);
      const keepBody = res.statusCode === 307 || res.statusCode === 308;
      return fakeFetch(next, {
        method: keepBody ? request.method : 'GET',
        headers: request.headers,
        ...(keepBody && body ? { body } : {}),
        signal: request.signal,
      });
    }
    return toResponse(res, request.method, url);
  };
  return fakeFetch;
}

function send(
  port: number,
  agent: Agent,
  request: Request,
  url: URL,
  headers: Record<string, string>,
  body: Buffer | undefined,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers,
        signal: request.signal,
      },
      resolve,
    );
    // Node's fetch reports network failures as TypeError("fetch failed"); keep that contract.
    req.on('error', (cause) => {
      const reason: unknown = request.signal.aborted ? request.signal.reason : undefined;
      reject(reason instanceof Error ? reason : new TypeError('fetch failed', { cause }));
    });
    req.end(body);
  });
}

async function toResponse(res: IncomingMessage, method: string, url: URL): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const status = res.statusCode ?? 500;
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const nullBody = NULL_BODY_STATUSES.has(status) || method === 'HEAD';
  const response = new Response(nullBody ? null : Buffer.concat(chunks), {
    status,
    statusText: res.statusMessage ?? '',
    headers,
  });
  Object.defineProperty(response, 'url', { value: url.toString() });
  return response;
}
