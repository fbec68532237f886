/**
 * Notable ids a seed created, so tests can say "the running task" instead of searching.
 * Keys differ per seed; `accounts.default` is always there.
 */
export interface SeedIds {
  accounts: { default: string } & Record<string, string>;
  folders: Record<string, string>;
  files: Record<string, string>;
  tasks: Record<string, string>;
  shares: Record<string, string>;
}
