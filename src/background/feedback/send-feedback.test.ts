import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueEntry } from '../../shared/send-queue.ts';
import type { NotificationSpec } from './notifications.ts';
import { BURST_GAP_MS, createSendFeedback, REDRAW_MS } from './send-feedback.ts';

function entry(name: string, extra: Partial<QueueEntry> = {}): QueueEntry {
  return {
    id: name,
    url: `https://example.test/${name}`,
    key: name,
    displayName: name,
    destination: { kind: 'folder', id: 'VNmovies', name: 'Movies' },
    state: 'done',
    attempts: 1,
    createdAt: 0,
    updatedAt: 0,
    taskName: `${name}.iso`,
    ...extra,
  };
}

let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 10_000;
});
afterEach(() => vi.useRealTimers());

function setUp(settings = { notifySent: true, notifySendFailed: true }) {
  const shown: NotificationSpec[] = [];
  const flashes: string[] = [];
  const feedback = createSendFeedback({
    notify: (spec) => {
      shown.push(spec);
      return Promise.resolve();
    },
    flash: (kind) => {
      flashes.push(kind);
      return Promise.resolve();
    },
    settings: () => Promise.resolve(settings),
    now: () => clock,
  });
  return { feedback, shown, flashes };
}

describe('send feedback', () => {
  it('names the task and the folder, with Open leading to that folder', async () => {
    const { feedback, shown, flashes } = setUp();
    await feedback.sent(entry('ubuntu'));
    expect(flashes).toEqual(['sent']);
    expect(shown).toEqual([
      {
        id: 'send-sent',
        title: 'Sent to PikPak',
        message: 'ubuntu.iso',
        context: 'Saved to Movies',
        click: { type: 'open-files', folderId: 'VNmovies' },
        buttons: [{ title: 'Open', action: { type: 'open-files', folderId: 'VNmovies' } }],
      },
    ]);
  });

  it('a burst of a thousand results is one notification, redrawn at most once a second, ending on the full count', async () => {
    const { feedback, shown, flashes } = setUp();
    for (let index = 1; index <= 1000; index++) {
      clock += 5; // 200 results a second
      await feedback.sent(entry(`file-${index}`));
    }
    expect(shown.length).toBeLessThanOrEqual(1 + Math.ceil((1000 * 5) / REDRAW_MS));
    await vi.runAllTimersAsync();
    expect(shown.at(-1)).toMatchObject({
      id: 'send-sent',
      title: '1000 links sent to PikPak',
      message: 'file-1000.iso',
    });
    expect(new Set(shown.map((spec) => spec.id))).toEqual(new Set(['send-sent']));
    expect(flashes.length).toBeLessThanOrEqual(6);
  });

  it('a new burst starts counting again after a pause', async () => {
    const { feedback, shown } = setUp();
    await feedback.sent(entry('a'));
    clock += BURST_GAP_MS + 1;
    await feedback.sent(entry('b'));
    expect(shown.map((spec) => spec.title)).toEqual(['Sent to PikPak', 'Sent to PikPak']);
  });

  it('a refused link says why and offers Retry; switched off, only the badge says so', async () => {
    const { feedback, shown } = setUp();
    await feedback.failed(entry('bad', { state: 'failed', lastError: { kind: 'storage-full', at: 0 } }));
    expect(shown[0]).toMatchObject({
      id: 'send-failed',
      title: 'PikPak refused a link',
      buttons: [{ title: 'Retry', action: { type: 'retry-failed-sends' } }],
    });
    expect(shown[0]?.message).toMatch(/^bad: .*storage/i);

    const quiet = setUp({ notifySent: false, notifySendFailed: false });
    await quiet.feedback.failed(entry('bad', { state: 'failed' }));
    await quiet.feedback.sent(entry('good'));
    await quiet.feedback.dailyLimit(3);
    expect(quiet.shown).toHaveLength(0);
    expect(quiet.flashes).toEqual(['failed', 'sent']);
  });

  it('the daily limit and a sign-out hold each say that the links wait', async () => {
    const { feedback, shown } = setUp();
    await feedback.dailyLimit(4);
    await feedback.held('session', [entry('a'), entry('b')]);
    expect(shown.map((spec) => [spec.id, spec.title, spec.message])).toEqual([
      [
        'send-daily-limit',
        "PikPak's daily task limit reached",
        '4 links wait and are sent automatically later. Nothing is lost.',
      ],
      ['send-held', 'Sign in to send your links', '2 links wait and go out as soon as you do. Nothing is lost.'],
    ]);
    expect(shown[1]?.click).toEqual({ type: 'open-options', section: 'account' });
  });
});
