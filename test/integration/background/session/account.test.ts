import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { paidPlanLabel, refreshAccount } from '../../../../src/background/session/account.ts';
import { accountState } from '../../../../src/shared/account.ts';
import { startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import { storeIssuedSession } from '../stored-session.ts';

/**
 * refreshAccount against the fake: profile, quota and membership (pikpak-api.md §7.6) in one refresh, and the
 * membership pill only for an active paid plan. Extension storage is @webext-core/fake-browser.
 */

const DEVICE = 'fedcba9876543210fedcba9876543210';
const ME = '/v1/user/me';
const ABOUT = '/drive/v1/about';
const VIP = '/drive/v1/privilege/vip';

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  vi.stubGlobal('fetch', fake.fetch);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await fake.close();
});
beforeEach(async () => {
  await storeIssuedSession(fake, DEVICE);
});
afterEach(() => {
  fake.control.faults.clear();
  fake.control.accounts.setMembership('platinum');
  fake.log.clear();
});

const paths = () => fake.log.filter({}).map((entry) => entry.path);

describe('refreshAccount and the membership', () => {
  it('shows "Premium" for the fake’s default (platinum) account, with profile and quota', async () => {
    const state = await refreshAccount();
    expect(state).toMatchObject({
      status: 'signed-in',
      sub: 'YgDemoUser000001',
      name: 'Tester',
      membership: 'Premium',
    });
    expect(state.status === 'signed-in' && state.quota?.usedBytes).toBeGreaterThan(0);
    expect(state).not.toHaveProperty('problem');
    expect(await accountState.get()).toEqual(state);
  });

  it('makes three PikPak calls per refresh, in parallel (plus captcha inits while no token is cached)', async () => {
    await refreshAccount();
    // Cold: one captcha init per drive action (about, vip), each cached for its lifetime (§3.5).
    expect(paths().filter((p) => p === '/v1/shield/captcha/init')).toHaveLength(2);
    fake.log.clear();
    await refreshAccount();
    expect(paths().sort()).toEqual([VIP, ABOUT, ME].sort());
  });

  it('sets no membership for a free account, or a lapsed paid one, even when the last refresh had one', async () => {
    expect(await refreshAccount()).toMatchObject({ membership: 'Premium' });
    fake.control.accounts.setMembership('novip');
    expect(await refreshAccount()).not.toHaveProperty('membership');
    fake.control.accounts.setMembership('platinum', { expireMs: fake.control.clock.now() - 1000 });
    const lapsed = await refreshAccount();
    expect(lapsed).toMatchObject({ status: 'signed-in', name: 'Tester' });
    expect(lapsed).not.toHaveProperty('membership');
    expect(await accountState.get()).not.toHaveProperty('membership');
  });

  it('keeps a paid type it does not know, capitalised', async () => {
    fake.control.accounts.setMembership('diamond');
    expect(await refreshAccount()).toMatchObject({ membership: 'Diamond' });
  });

  it('a failing VIP call leaves the membership unset and does not fail the refresh', async () => {
    expect(await refreshAccount()).toMatchObject({ membership: 'Premium' });
    for (const fault of [
      { kind: 'server-error', status: 502 },
      { kind: 'malformed-json' },
      { kind: 'rate-limit' },
    ] as const) {
      fake.control.faults.clear();
      fake.control.faults.add({ ...fault, host: 'drive', path: VIP });
      const state = await refreshAccount();
      expect(state, fault.kind).toMatchObject({
        status: 'signed-in',
        name: 'Tester',
        quota: { usedBytes: expect.any(Number) as number },
      });
      expect(state, fault.kind).not.toHaveProperty('membership');
      expect(state, fault.kind).not.toHaveProperty('problem');
      expect(fake.log.last({ path: VIP })?.fault, fault.kind).toBeDefined();
    }
  });

  it('a failing about call is still the account’s problem', async () => {
    fake.control.faults.add({ kind: 'server-error', host: 'drive', path: ABOUT, times: 1 });
    expect(await refreshAccount()).toMatchObject({ status: 'signed-in', problem: 'server' });
  });
});

describe('paidPlanLabel', () => {
  it('labels only active paid plans', () => {
    expect(paidPlanLabel({ plan: 'premium', type: 'platinum', active: true })).toBe('Premium');
    expect(paidPlanLabel({ plan: 'premium', type: 'platinum', active: false, expiresAt: 0 })).toBeUndefined();
    expect(paidPlanLabel({ plan: 'free', type: 'novip', active: true })).toBeUndefined();
    expect(paidPlanLabel({ plan: 'other', type: ' super_vip ', active: true })).toBe('Super_vip');
    expect(paidPlanLabel({ plan: 'other', type: 'diamond', active: false })).toBeUndefined();
    expect(paidPlanLabel(undefined)).toBeUndefined();
  });
});
