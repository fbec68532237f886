/**
 * Runs at most `limit` tasks at a time, in the order they were asked for; `first` jumps the queue (a share the user
 * just gave a pass code for opens before the rest of a long paste).
 */
export type Limiter = <T>(task: () => Promise<T>, options?: { first?: boolean }) => Promise<T>;

export function createLimiter(limit: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    while (active < limit) {
      const start = waiting.shift();
      if (start === undefined) return;
      active += 1;
      start();
    }
  };
  return (task, options) =>
    new Promise((resolve, reject) => {
      const start = () => {
        // A task that throws at once rejects its own promise rather than the caller's loop.
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            active -= 1;
            next();
          });
      };
      if (options?.first) waiting.unshift(start);
      else waiting.push(start);
      next();
    });
}
