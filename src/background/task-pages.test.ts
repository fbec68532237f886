import { describe, expect, it } from 'vitest';
import type { PikPakClient } from '../api/client.ts';
import type { OfflineTask, OfflineTaskPage } from '../shared/domain.ts';
import { taskPages } from './task-pages.ts';

const task = (id: string) => ({ id }) as OfflineTask;

/** A client whose task list is `pages`, keyed by the page token that asks for each ('' for the first). */
function listing(pages: Record<string, OfflineTaskPage>) {
  const asked: { token: string; limit: unknown; filters: unknown }[] = [];
  const client = {
    call: (spec: { path: string; query: Record<string, unknown> }) => {
      expect(spec.path).toBe('/drive/v1/tasks');
      const token = (spec.query['page_token'] as string | undefined) ?? '';
      asked.push({ token, limit: spec.query['limit'], filters: spec.query['filters'] });
      const page = pages[token];
      return page ? Promise.resolve(page) : Promise.reject(new Error(`no page ${token}`));
    },
  } as unknown as PikPakClient;
  return { client, asked };
}

async function read(client: PikPakClient, maxPages = 10) {
  const ids: string[][] = [];
  for await (const page of taskPages(client, { pageSize: 2, maxPages })) ids.push(page.tasks.map((t) => t.id));
  return ids;
}

describe('taskPages', () => {
  it('follows page_token to the last page, every phase, the page size asked for', async () => {
    const { client, asked } = listing({
      '': { tasks: [task('a'), task('b')], nextPageToken: 'p2' },
      p2: { tasks: [task('c'), task('d')], nextPageToken: 'p3' },
      p3: { tasks: [task('e')] },
    });
    expect(await read(client)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(asked.map((a) => a.token)).toEqual(['', 'p2', 'p3']);
    expect(asked[0]?.limit).toBe(2);
    expect(JSON.parse(asked[0]?.filters as string)).toEqual({
      phase: { in: 'PHASE_TYPE_PENDING,PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR,PHASE_TYPE_COMPLETE' },
    });
  });

  it('stops at a token seen before, at an empty page, and after maxPages', async () => {
    const repeating = listing({
      '': { tasks: [task('a')], nextPageToken: 'p2' },
      p2: { tasks: [task('b')], nextPageToken: 'p2' },
    });
    expect(await read(repeating.client)).toEqual([['a'], ['b']]);
    const empty = listing({ '': { tasks: [], nextPageToken: 'p2' } });
    expect(await read(empty.client)).toEqual([[]]);
    expect(empty.asked).toHaveLength(1);
    const endless = listing(
      Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [
          i === 0 ? '' : `p${i}`,
          { tasks: [task(`t${i}`)], nextPageToken: `p${i + 1}` },
        ]),
      ),
    );
    expect(await read(endless.client, 3)).toEqual([['t0'], ['t1'], ['t2']]);
  });

  it('asks for no further page once the reader stops', async () => {
    const { client, asked } = listing({
      '': { tasks: [task('a')], nextPageToken: 'p2' },
      p2: { tasks: [task('b')] },
    });
    for await (const page of taskPages(client, { pageSize: 1, maxPages: 5 })) if (page.tasks[0]?.id === 'a') break;
    expect(asked).toHaveLength(1);
  });
});
