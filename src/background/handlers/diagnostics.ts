import { hostsFor } from '../../api/hosts.ts';
import { checkDriveReachable } from '../../api/reachability.ts';
import type { Handlers } from '../router.ts';
import { lastConnectionCheck } from '../../shared/diagnostics.ts';
import { clearErrors as clearRecentErrors } from '../diagnostics.ts';

export const checkConnection: Handlers['diagnostics.checkConnection'] = async () => {
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

export const clearErrors: Handlers['diagnostics.clearErrors'] = async () => {
  await clearRecentErrors();
  return undefined;
};
