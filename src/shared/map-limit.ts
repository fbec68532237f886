/**
 * Runs `task` over `items` with at most `limit` at a time, in order of start, and answers the results in the items'
 * order. Stops starting new ones once `signal` aborts (the unstarted get no result: `undefined`) or a task fails
 * (the answer is then that failure, and nobody waits for more work).
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  let next = 0;
  let failed = false;
  async function worker() {
    while (next < items.length && signal?.aborted !== true && !failed) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
