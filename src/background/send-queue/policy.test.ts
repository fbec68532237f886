import { describe, expect, it } from 'vitest';
import { queueEntry } from '../../../test/fixtures/queue-entry.ts';
import { ERROR_KINDS } from '../../shared/errors.ts';
import {
  BACKOFF_CAP_MS,
  backoffDelay,
  DONE_KEEP_COUNT,
  DONE_PRUNE_SLACK,
  DONE_KEEP_MS,
  MIN_RETRY_DELAY_MS,
  nextWakeUp,
  outcomeFor,
  prune,
  sourceKey,
  tidy,
} from './policy.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';

const entry = (over: Partial<QueueEntry>) =>
  queueEntry('e', {
    url: 'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567',
    key: 'k',
    displayName: 'n',
    ...over,
  });

describe('backoffDelay', () => {
  it('full jitter over 2 s·2^attempts, capped at 30 min, never under 1 s', () => {
    expect(backoffDelay(1, () => 0)).toBe(MIN_RETRY_DELAY_MS);
    expect(backoffDelay(1, () => 0.999999)).toBe(3_999);
    expect(backoffDelay(3, () => 0.5)).toBe(8_000);
    expect(backoffDelay(6, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelay(40, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelay(40, () => 0.999999)).toBeGreaterThan(BACKOFF_CAP_MS - 10);
  });
});

describe('outcomeFor', () => {
  it('decides for every error kind; only answers that may hide a created task are unsure', () => {
    const unsure = ERROR_KINDS.filter((kind) => {
      const outcome = outcomeFor(kind);
      return outcome.type === 'retry' && outcome.unsure;
    });
    expect(unsure).toEqual(['network', 'timeout', 'server', 'malformed-response']);
    expect(outcomeFor('rate-limited')).toEqual({ type: 'retry', unsure: false, slowDown: true });
    expect(outcomeFor('too-many-running')).toMatchObject({ type: 'retry', unsure: false, minDelayMs: 60_000 });
    expect(outcomeFor('signed-out')).toEqual({ type: 'hold', reason: 'session' });
    expect(outcomeFor('human-check')).toEqual({ type: 'hold', reason: 'captcha' });
    expect(outcomeFor('daily-task-limit')).toEqual({ type: 'hold', reason: 'daily-limit' });
    expect(outcomeFor('storage-full')).toEqual({ type: 'fail' });
  });
});

describe('sourceKey', () => {
  it('compares magnets by info hash, hex or base32, whatever the other parameters', () => {
    const hex = 'magnet:?xt=urn:btih:C12FE1C06BBA254A9DC9F519B335AA7C1367A88A&dn=x';
    const base32 = 'magnet:?dn=y&xt=urn:btih:YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKEK&tr=udp://t';
    expect(sourceKey(hex)).toBe('btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a');
    expect(sourceKey(base32)).toBe(sourceKey(hex));
    expect(sourceKey(' https://example.com/a.torrent ')).toBe('https://example.com/a.torrent');
  });
});

describe('prune and nextWakeUp', () => {
  it('keeps done entries for a day and at most 50 (trimmed once 25 more piled up), and everything still waiting', () => {
    const now = 10 * DONE_KEEP_MS;
    const done = (count: number) =>
      Array.from({ length: count }, (_, i) => entry({ id: `d${i}`, state: 'done', sentAt: now - i * 1000 }));
    const old = entry({ id: 'old', state: 'done', sentAt: now - DONE_KEEP_MS - 1 });
    const waiting = entry({ id: 'w', state: 'held', heldReason: 'session' });
    expect(
      prune([old, ...done(DONE_KEEP_COUNT + DONE_PRUNE_SLACK), waiting], now).filter((e) => e.state === 'done'),
    ).toHaveLength(DONE_KEEP_COUNT + DONE_PRUNE_SLACK);
    const kept = prune([old, ...done(DONE_KEEP_COUNT + DONE_PRUNE_SLACK + 1), waiting], now);
    expect(kept.filter((e) => e.state === 'done')).toHaveLength(DONE_KEEP_COUNT);
    expect(kept.map((e) => e.id)).not.toContain('old');
    expect(kept.map((e) => e.id)).toContain('w');
    expect(kept.map((e) => e.id)).toContain('d0');
  });

  it('wakes for the earliest pending, held or sending entry; not for done, failed or event-only holds', () => {
    expect(
      nextWakeUp([entry({ state: 'done', nextAttemptAt: 1 }), entry({ state: 'held', heldReason: 'session' })]),
    ).toBeUndefined();
    expect(
      nextWakeUp([
        entry({ nextAttemptAt: 50 }),
        entry({ state: 'sending', nextAttemptAt: 20 }),
        entry({ state: 'held', nextAttemptAt: 30 }),
      ]),
    ).toBe(20);
  });
});

describe('tidy and PikPak’s slow-down', () => {
  const AT = 1_000_000;

  it('until its time, every pending entry waits for it, however short its own back-off; then it is gone', () => {
    const state = {
      entries: [
        entry({ id: 'answered-later', nextAttemptAt: AT + 1_000 }),
        entry({ id: 'queued-meanwhile', nextAttemptAt: AT }),
        entry({ id: 'later-anyway', nextAttemptAt: AT + 9_000 }),
        entry({ id: 'held', state: 'held', heldReason: 'daily-limit', nextAttemptAt: AT + 500 }),
      ],
      createsHeldUntil: AT + 2_000,
    };
    const tidied = tidy(state, AT);
    expect(tidied.entries.map((e) => [e.id, e.nextAttemptAt])).toEqual([
      ['answered-later', AT + 2_000],
      ['queued-meanwhile', AT + 2_000],
      ['later-anyway', AT + 9_000],
      ['held', AT + 500],
    ]);
    expect(tidied.createsHeldUntil).toBe(AT + 2_000);
    expect(tidy(state, AT + 2_000).createsHeldUntil).toBeUndefined();
  });

  it('the daily limit’s period ends once nothing waits', () => {
    expect(
      tidy({ entries: [entry({ state: 'held', heldReason: 'daily-limit' })], dailyLimitSince: 5 }, 10),
    ).toMatchObject({ dailyLimitSince: 5 });
    expect(tidy({ entries: [entry({ state: 'failed' })], dailyLimitSince: 5 }, 10).dailyLimitSince).toBeUndefined();
  });

  it('the next wake-up is not before the slow-down ends, even for a lease that ended', () => {
    expect(nextWakeUp([entry({ state: 'sending', nextAttemptAt: 10 })], 2_000)).toBe(2_000);
    expect(nextWakeUp([entry({ nextAttemptAt: 5_000 })], 2_000)).toBe(5_000);
    expect(nextWakeUp([entry({ state: 'failed' })], 2_000)).toBeUndefined();
  });
});
