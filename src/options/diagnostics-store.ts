import { signal, type ReadonlySignal } from '@preact/signals';
import type { ConnectionCheck } from '../shared/messages.ts';

export type CheckState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'failed'; message: string };

export interface DiagnosticsDeps {
  checkConnection: () => Promise<ConnectionCheck>;
  loadLastCheck: () => Promise<ConnectionCheck | null>;
}

export interface DiagnosticsStore {
  /** The newest result: this page's last check, or the stored one from an earlier visit. */
  lastCheck: ReadonlySignal<ConnectionCheck | null>;
  state: ReadonlySignal<CheckState>;
  load(): Promise<void>;
  check(): Promise<void>;
}

/** State and actions of Options › Diagnostics. The dependencies are the request and the storage item. */
export function createDiagnosticsStore(deps: DiagnosticsDeps): DiagnosticsStore {
  const lastCheck = signal<ConnectionCheck | null>(null);
  const state = signal<CheckState>({ kind: 'idle' });

  async function load() {
    try {
      const stored = await deps.loadLastCheck();
      // A check finished while storage was being read is newer than what storage held.
      if (lastCheck.value === null) lastCheck.value = stored;
    } catch (error) {
      console.warn('Could not read the last connection check', error);
    }
  }

  async function check() {
    if (state.value.kind === 'checking') return;
    state.value = { kind: 'checking' };
    try {
      lastCheck.value = await deps.checkConnection();
      state.value = { kind: 'idle' };
    } catch (error) {
      state.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  return { lastCheck, state, load, check };
}
