import type { HostRole } from '../http/hosts.ts';
import { errorReply } from '../http/envelope.ts';
import { text, type Reply } from '../http/reply.ts';
import { findRoute, type Route, type RouteContext } from '../http/router.ts';
import { cdnDownload } from '../routes/cdn.ts';
import { driveRoutes } from '../routes/drive.ts';
import { staticIcon, thumbnail } from '../routes/images.ts';
import { userRoutes } from '../routes/user.ts';
import { webApp } from '../routes/web-app.ts';

/** Sends a request to the routes of the host it names. */
export async function dispatch(role: HostRole, ctx: Omit<RouteContext, 'params'>): Promise<Reply> {
  switch (role) {
    case 'user':
      return dispatchTable(userRoutes, ctx);
    case 'drive':
      return dispatchTable(driveRoutes, ctx);
    case 'web':
      return webApp({ ...ctx, params: [] });
    case 'cdn':
      return ctx.method === 'GET' || ctx.method === 'HEAD' || ctx.method === 'OPTIONS'
        ? cdnDownload({ ...ctx, params: [] })
        : text(405, 'Method Not Allowed');
    case 'thumbnail':
      return thumbnail({ ...ctx, params: [] });
    case 'static':
      return staticIcon({ ...ctx, params: [] });
  }
}

async function dispatchTable(routes: readonly Route[], ctx: Omit<RouteContext, 'params'>): Promise<Reply> {
  // HEAD is answered like GET, without a body (the writer drops it).
  const method = ctx.method === 'HEAD' ? 'GET' : ctx.method;
  const found = findRoute(routes, method, ctx.path);
  // Guess: unknown API paths answer a 404 envelope; a known path with the wrong method 405.
  if (found === undefined)
    return errorReply({
      status: 404,
      error: 'not_found',
      code: 5,
      description: `${ctx.method} ${ctx.path} is not an endpoint of this fake`,
    });
  if (found === 'wrong-method')
    return errorReply({ status: 405, error: 'method_not_allowed', code: 12, description: 'Method Not Allowed' });
  return found.route.handler({ ...ctx, params: found.params });
}
