/**
 * One run at a time, and again if asked meanwhile: a call while `run` is going on joins it and makes it run once
 * more when it ends (what was asked for may have come too late for the run under way). Resolves (or rejects) with
 * the last run's outcome. `stop`: do not run again (the job was disposed of).
 */
export function oneRunAtATime<T>(run: () => Promise<T>, stop: () => boolean = () => false): () => Promise<T> {
  let running: Promise<T> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: T;
      do {
        again = false;
        result = await run();
      } while (again && !stop());
      return result;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
}
