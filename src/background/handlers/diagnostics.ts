import { hostsFor } from '../../api/hosts.ts';
import { checkDriveReachable } from '../../api/reachability.ts';
import type { Handlers } from '../router.ts';
import { lastConnectionCheck } from '../../shared/diagnostics.ts';
import { clearErrors as clearRecentErrors } from '../diagnostics.ts';

type DiagnosticsHandlers = Pick<Handlers, 'diagnostics.checkConnection' | 'diagnostics.clearErrors'>;

/** Options › Diagnostics: whether PikPak's drive host answers from this browser, and the recent errors' list. */
export function createDiagnosticsHandlers(): DiagnosticsHandlers {
  return { 'diagnostics.checkConnection': checkConnection, 'diagnostics.clearErrors': clearErrors };
}

const checkConnection: Handlers['diagnostics.checkConnection'] = async () => {
  const result = await checkDriveReachable(fetch, hostsFor());
  const check = {
    host: result.host,
    reachable: result.reachable,
    ...(result.status === undefined ? {} : { status: result.status }),
    latencyMs: result.latencyMs,
    checkedAt: Date.now(),
  };
  await lastConnectionCheck.set(check);
  return check;
};

const clearErrors: Handlers['diagnostics.clearErrors'] = async () => {
  await clearRecentErrors();
  return undefined;
};
