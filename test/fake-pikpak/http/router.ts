import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FakeState } from '../state.ts';
import type { HostRole } from './hosts.ts';
import type { Reply } from './reply.ts';

/** Everything a route sees. Routes are pure functions of this context plus the shared state. */
export interface RouteContext {
  state: FakeState;
  req: IncomingMessage;
  host: string;
  role: HostRole;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Captures from a RegExp route pattern. */
  params: string[];
  /** "http" or "https", as the client reached this server. */
  scheme: 'http' | 'https';
  /** Header value (first one if repeated). */
  header(name: string): string | undefined;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

export interface Route {
  method: string;
  pattern: string | RegExp;
  handler: Handler;
}

export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: string[] } | 'wrong-method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { route, params };
    pathMatched = true;
  }
  return pathMatched ? 'wrong-method' : undefined;
}

function matchPath(pattern: string | RegExp, path: string): string[] | undefined {
  if (typeof pattern === 'string') return pattern === path ? [] : undefined;
  const match = pattern.exec(path);
  return match ? match.slice(1).map((s) => decodeURIComponent(s ?? '')) : undefined;
}
