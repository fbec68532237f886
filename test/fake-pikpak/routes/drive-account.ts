import { formatTime } from '../core/format.ts';
import { usageOf } from '../drive/files.ts';
import type { Account } from '../drive/types.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/** Quota and VIP status (pikpak-api.md §7.6). All byte counts are decimal strings. */

/** A paid membership ('novip' is the free account) that has not run out. */
function isActiveMember(account: Account | undefined, now: number): boolean {
  return account !== undefined && account.vip !== 'novip' && account.vipExpireMs > now;
}

export function about(ctx: DriveContext): Reply {
  const sub = userOf(ctx);
  const account = ctx.state.accounts.get(sub);
  const { usage, inTrash } = usageOf(ctx.state, sub);
  const quota = (limit: number, used: number, trash: number) => ({
    kind: 'drive#quota',
    limit: String(limit),
    usage: String(used),
    usage_in_trash: String(trash),
    play_times_limit: '-1',
    play_times_usage: '0',
    is_unlimited: false,
    complimentary: '',
  });
  const offlineToday = [...ctx.state.tasks.values()].filter((t) => t.userId === sub).length;
  const member = isActiveMember(account, ctx.state.clock.now());
  return ok({
    kind: 'drive#about',
    quota: quota(account?.quotaLimit ?? 0, usage, inTrash),
    expires_at: '',
    // Guess: cloud_download counts offline tasks against a VIP-dependent daily allowance.
    quotas: { cloud_download: quota(member ? 1000 : 10, offlineToday, 0) },
    user_type: member ? 2 : 1,
  });
}

export function vip(ctx: DriveContext): Reply {
  const account = ctx.state.accounts.get(userOf(ctx));
  const paid = account !== undefined && account.vip !== 'novip';
  return ok({
    result: 'ACCEPTED',
    message: '',
    redirect_uri: '',
    data: {
      // Guess: a free account has no end date; a lapsed paid one keeps its past one.
      expire: paid ? formatTime(account.vipExpireMs) : '',
      status: isActiveMember(account, ctx.state.clock.now()) ? 'ok' : 'invalid',
      type: account?.vip ?? 'novip',
      user_id: account?.sub ?? '',
    },
  });
}

/** The region probe the web app makes (SDL); the fake always answers from a non-CN region. */
export function areaCountryCode(_ctx: DriveContext): Reply {
  return ok({ result: 'ACCEPTED', message: '', data: { countryCode: 'SG', ip: '127.0.0.1' } });
}
