import { describe, expect, it, vi } from 'vitest';
import type { DriveView } from '../../shared/drive-view.ts';
import { RequestError } from '../../shared/messages.ts';
import { file, folder } from '../test/items.ts';
import type { Operation } from './operation.ts';
import { createOperationRunner, DONE_SHOWN_MS, UNDO_SHOWN_MS } from './runner.ts';

const HERE: DriveView = { kind: 'folder', id: 'VHere' };
const ARCHIVE = { id: 'VArchive', name: 'Archive' };

/** A drive whose answers the test gives, one operation at a time, and a clock the test moves. */
function setUp() {
  const sent: { operation: Operation; done: () => void; fail: (kind: string) => void }[] = [];
  const settled = vi.fn<(operation: Operation, error: string | undefined) => void>();
  const timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
  let now = 0;
  const runner = createOperationRunner({
    send: (operation) =>
      new Promise<void>((resolve, reject) =>
        sent.push({ operation, done: resolve, fail: (kind) => reject(new RequestError(kind, kind)) }),
      ),
    settled,
    schedule: (callback, ms) => {
      const timer = { at: now + ms, callback, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((each) => !each.cancelled && each.at <= now)) {
      timer.cancelled = true;
      timer.callback();
    }
  };
  const last = () => sent.at(-1)!;
  const states = () => runner.entries.value.map((entry) => entry.state);
  return { runner, sent, settled, advance, last, states };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const items = [file('a.txt', 1, { parentId: 'VHere' }), folder('Old', { parentId: 'VHere' })];

describe('the operation runner', () => {
  it('shows an operation running with its items busy, then done, changes the rows, and lets it go after a while', async () => {
    const { runner, last, settled, advance, states } = setUp();
    const moving = runner.run({ kind: 'move', items, from: HERE, to: ARCHIVE });
    expect(states()).toEqual(['running']);
    expect([...runner.busy.value]).toEqual(items.map((item) => item.id));
    expect(runner.announcement.value).toMatchObject({ text: 'Moving 2 items to Archive…', urgent: false });
    last().done();
    expect(await moving).toBe(true);
    expect(states()).toEqual(['done']);
    expect(runner.busy.value.size).toBe(0);
    expect(runner.announcement.value.text).toBe('Moved 2 items to Archive');
    expect(settled).toHaveBeenCalledWith(last().operation, undefined);
    expect(runner.canUndo.value).toBe(false);

    runner.hold(true);
    advance(DONE_SHOWN_MS);
    expect(states()).toEqual(['done']);
    runner.hold(false);
    advance(1_000);
    expect(states()).toEqual([]);
  });

  it('keeps a failure with its reason until it is retried, and a retry that works ends done', async () => {
    const { runner, last, settled, advance, states, sent } = setUp();
    const trashing = runner.run({ kind: 'trash', items: [items[0]!], from: HERE });
    last().fail('server');
    expect(await trashing).toBe(false);
    const [failed] = runner.entries.value;
    expect(failed).toMatchObject({ state: 'failed', error: 'server' });
    expect(settled).toHaveBeenLastCalledWith(last().operation, 'server');
    expect(runner.announcement.value).toMatchObject({
      text: 'Could not move “a.txt” to the trash: PikPak is having trouble right now.',
      urgent: true,
    });
    advance(60_000);
    expect(states()).toEqual(['failed']);

    const retrying = runner.retry(failed!.id);
    expect(states()).toEqual(['running']);
    expect(sent).toHaveLength(2);
    expect(last().operation).toBe(sent[0]!.operation);
    last().done();
    expect(await retrying).toBe(true);
    expect(runner.entries.value).toEqual([expect.objectContaining({ id: failed!.id, state: 'done' })]);
  });

  it('offers Undo for a trash: it restores the same items into the view they left, once', async () => {
    const { runner, last, advance, states } = setUp();
    const trashing = runner.run({ kind: 'trash', items, from: HERE });
    last().done();
    await trashing;
    expect(runner.announcement.value.text).toBe('2 items moved to the trash');
    expect(runner.canUndo.value).toBe(true);
    const [trashed] = runner.entries.value;
    expect(trashed?.undo).toEqual({ kind: 'restore', items, from: HERE });

    const undoing = runner.undoLast();
    expect(last().operation).toEqual({ kind: 'restore', items, from: HERE });
    expect(runner.entries.value.map((entry) => entry.operation.kind)).toEqual(['restore']);
    expect(runner.announcement.value.text).toBe('Restoring 2 items…');
    last().done();
    expect(await undoing).toBe(true);
    expect(runner.canUndo.value).toBe(false);
    expect(await runner.undoLast()).toBe(false);
    advance(UNDO_SHOWN_MS);
    expect(states()).toEqual([]);
  });

  it('keeps the messages few: done ones give way first, failures stay; dismiss removes one', async () => {
    const { runner, sent, states } = setUp();
    const runs = [0, 1, 2, 3, 4].map((n) => runner.run({ kind: 'star', items: [file(`${n}.txt`)], from: HERE }));
    expect(states()).toEqual(['running', 'running', 'running', 'running', 'running']);
    sent[0]!.fail('network');
    sent[1]!.done();
    sent[2]!.done();
    await Promise.all(runs.slice(0, 3));
    await settle();
    // Five is one too many: the oldest done message went; a failure never goes by itself.
    expect(states()).toEqual(['failed', 'done', 'running', 'running']);
    sent[3]!.fail('network');
    sent[4]!.fail('network');
    await Promise.all(runs);
    expect(states()).toEqual(['failed', 'done', 'failed', 'failed']);
    runner.dismiss(runner.entries.value[0]!.id);
    expect(states()).toEqual(['done', 'failed', 'failed']);
  });
});
