/** Waits `ms` milliseconds: the default of the API's injectable `sleep` (tests pass their own). */
export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
