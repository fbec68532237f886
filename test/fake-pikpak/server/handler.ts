import type { IncomingMessage, ServerResponse } from 'node:http';
import { advanceOfflineTasks } from '../drive/offline-tasks.ts';
import { settleAsyncTasks } from '../drive/async-tasks.ts';
import { parseBody, readBody } from '../http/body.ts';
import { corsHeaders, preflightHeaders } from '../http/cors.ts';
import { hostRole, stripPort } from '../http/hosts.ts';
import { text, type Reply } from '../http/reply.ts';
import type { FakeState } from '../state.ts';
import { dispatch } from './dispatch.ts';
import type { Faults } from './faults.ts';
import { queryRecord, type LogEntry, type RequestLog } from './log.ts';

/**
 * One request, start to finish: read the body, log it, answer preflights, let time-driven state
 * catch up with the fake clock, apply a matching fault, route by Host, and write the reply.
 * `X-Fake-Host` overrides Host for clients that cannot set Host (Node's fetch ignores it).
 */
export interface HandlerDeps {
  state: FakeState;
  faults: Faults;
  log: RequestLog;
}

export function createHandler(deps: HandlerDeps, scheme: 'http' | 'https') {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(deps, scheme, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `fake-pikpak internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      } else {
        res.destroy();
      }
    });
  };
}

async function handle(
  deps: HandlerDeps,
  scheme: 'http' | 'https',
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { state, faults, log } = deps;
  const fakeHost = req.headers['x-fake-host'];
  const host = stripPort((typeof fakeHost === 'string' && fakeHost) || req.headers.host || '').toLowerCase();
  const role = hostRole(host);
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const method = (req.method ?? 'GET').toUpperCase();
  const body = parseBody(await readBody(req));
  const entry = log.add({
    time: state.clock.now(),
    host,
    role,
    method,
    path: url.pathname,
    query: queryRecord(url.searchParams),
    headers: req.headers,
    body,
    status: 0,
    scheme,
  });
  const origin = req.headers.origin;
  const isApi = role === 'user' || role === 'drive';

  if (!role) return write(res, entry, method, text(404, `fake-pikpak: unknown host "${host}"`));
  if (method === 'OPTIONS' && isApi) {
    return write(res, entry, method, {
      status: 204,
      headers: preflightHeaders(origin, req.headers['access-control-request-headers']),
      body: '',
    });
  }

  settleAsyncTasks(state);
  advanceOfflineTasks(state);

  const hit = faults.take({ host, role, method, path: url.pathname, body });
  if (hit) entry.fault = hit.fault.kind;
  const action = hit?.action;
  if (action?.type === 'drop') {
    req.socket.destroy();
    return;
  }
  if (action?.type === 'delay') await new Promise((resolve) => setTimeout(resolve, action.ms));

  let reply: Reply;
  if (action?.type === 'reply') {
    reply = action.reply;
  } else {
    reply = await dispatch(role, {
      state,
      req,
      host,
      role,
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      scheme,
      header: (name) => {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      },
    });
    if (action?.type === 'malform') reply = malform(reply);
  }
  if (isApi) reply = { ...reply, headers: { ...corsHeaders(origin), ...reply.headers } };
  write(res, entry, method, reply);
}

/** The real answer cut in half: status 200, a JSON content type and a body that does not parse. */
function malform(reply: Reply): Reply {
  const full =
    typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
      ? String(reply.body)
      : JSON.stringify(reply.body ?? {});
  const cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  return { status: 200, body: cut.endsWith('}') ? `${cut},` : cut, contentType: 'application/json; charset=utf-8' };
}

function write(res: ServerResponse, entry: LogEntry, method: string, reply: Reply): void {
  entry.status = reply.status;
  let payload: Buffer;
  let contentType = reply.contentType;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (typeof reply.body === 'string') payload = Buffer.from(reply.body);
  else if (reply.body === undefined) payload = Buffer.alloc(0);
  else {
    payload = Buffer.from(JSON.stringify(reply.body));
    contentType ??= 'application/json; charset=utf-8';
  }
  const headers: Record<string, string> = { ...reply.headers };
  if (contentType && reply.status !== 204) headers['content-type'] = contentType;
  if (reply.status !== 204 && reply.status !== 304) headers['content-length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(method === 'HEAD' || reply.status === 204 ? undefined : payload);
}
