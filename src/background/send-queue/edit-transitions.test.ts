import { describe, expect, it } from 'vitest';
import { queueEntry } from '../../../test/fixtures/queue-entry.ts';

import { addLinks, dismissEntry, resumeHeld, retryEntries } from './edit-transitions.ts';
import type { Draft } from './types.ts';

/** What callers do to the queue, on a draft in memory: no storage. */

const AT = 1_000_000;
const MY_PACK = { kind: 'my-pack' } as const;
const entry = queueEntry;
let ids = 0;
const options = (signedIn = false) => ({ signedIn, newId: () => `new-${++ids}` });

describe('addLinks', () => {
  it('adds pending entries due now, trimmed, skipping keys already waiting and empty URLs', () => {
    const draft: Draft = { entries: [entry('old', { key: 'k1', state: 'sending' })] };
    const result = addLinks(
      draft,
      [{ url: ' https://a.test/x ', displayName: ' A ' }, { url: 'https://b.test', key: 'k1' }, { url: '  ' }],
      { kind: 'folder', id: 'f1', name: 'Films' },
      AT,
      options(),
    );
    expect(result.added).toMatchObject([
      {
        url: 'https://a.test/x',
        key: 'https://a.test/x',
        displayName: 'A',
        state: 'pending',
        nextAttemptAt: AT,
        destination: { kind: 'folder', id: 'f1', name: 'Films' },
      },
    ]);
    expect(result.alreadyQueued.map((e) => e.id)).toEqual(['old']);
    expect(result.rejected).toEqual([{ url: '  ' }]);
    expect(result.wake).toBe(true);
    expect(draft.entries).toHaveLength(2);
  });

  it('while the queue is held, new links join the hold and nothing wakes', () => {
    const held = entry('h', { state: 'held', heldReason: 'daily-limit', nextAttemptAt: AT + 500 });
    const draft: Draft = { entries: [held] };
    const result = addLinks(draft, [{ url: 'https://a.test' }], MY_PACK, AT, options());
    expect(result.added).toMatchObject([{ state: 'held', heldReason: 'daily-limit', nextAttemptAt: AT + 500 }]);
    expect(result.wake).toBe(false);
  });

  it('a session exists again: the session hold is lifted with the new link', () => {
    const draft: Draft = { entries: [entry('h', { state: 'held', heldReason: 'session' })] };
    const result = addLinks(draft, [{ url: 'https://a.test' }], MY_PACK, AT, options(true));
    expect(draft.entries.map((e) => e.state)).toEqual(['pending', 'pending']);
    expect(result.wake).toBe(true);
  });

  it('replaces a failed entry of the same key and inherits its doubt; nothing new leaves the draft unchanged', () => {
    const failed = entry('f', { key: 'k', state: 'failed', unsureSince: AT - 100 });
    const draft: Draft = { entries: [failed] };
    const result = addLinks(draft, [{ url: 'https://a.test', key: 'k' }], MY_PACK, AT, options());
    expect(draft.entries.map((e) => e.id)).toEqual([result.added[0]?.id]);
    expect(result.added[0]?.unsureSince).toBe(AT - 100);
    addLinks(draft, [{ url: 'https://a.test', key: 'k' }], MY_PACK, AT, options());
    expect(draft.unchanged).toBe(true);
  });
});

describe('resumeHeld, retryEntries, dismissEntry', () => {
  it('resumeHeld lifts the holds of one reason, or all', () => {
    const draft: Draft = {
      entries: [
        entry('s', { state: 'held', heldReason: 'session' }),
        entry('c', { state: 'held', heldReason: 'captcha', nextAttemptAt: AT + 9 }),
      ],
    };
    expect(resumeHeld(draft, 'captcha', AT)).toBe(1);
    expect(draft.entries.map((e) => [e.state, e.nextAttemptAt])).toEqual([
      ['held', undefined],
      ['pending', AT],
    ]);
    expect(resumeHeld(draft, undefined, AT)).toBe(1);
    expect(resumeHeld(draft, undefined, AT)).toBe(0);
    expect(draft.unchanged).toBe(true);
  });

  it('retryEntries: a failed entry starts its attempts afresh, a held one keeps them; others are left', () => {
    const draft: Draft = {
      entries: [
        entry('f', { state: 'failed', attempts: 50 }),
        entry('h', { state: 'held', heldReason: 'captcha', attempts: 2 }),
        entry('d', { state: 'done' }),
      ],
    };
    expect(retryEntries(draft, () => true, AT)).toBe(2);
    expect(draft.entries.map((e) => [e.state, e.attempts])).toEqual([
      ['pending', 0],
      ['pending', 2],
      ['done', 0],
    ]);
  });

  it('dismissEntry removes anything but an entry being sent', () => {
    const draft: Draft = { entries: [entry('f', { state: 'failed' }), entry('s', { state: 'sending' })] };
    expect(dismissEntry(draft, 's')).toBe(false);
    expect(dismissEntry(draft, 'f')).toBe(true);
    expect(draft.entries.map((e) => e.id)).toEqual(['s']);
  });
});
