import { signal, type ReadonlySignal } from '@preact/signals';
import type { RecentError } from '../shared/diagnostics.ts';
import type { ConnectionCheck } from '../shared/messages.ts';
import { storedSignal, type StoredSource } from '../ui/stored-signal.ts';

export type CheckState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'failed'; message: string };

export type ClearState = 'idle' | 'clearing' | 'failed';

export interface DiagnosticsDeps {
  checkConnection: () => Promise<ConnectionCheck>;
  loadLastCheck: () => Promise<ConnectionCheck | null>;
  /** The stored recent errors (recorded by the background's router). */
  errors: StoredSource<RecentError[]>;
  /** Asks the background to empty the list. */
  clearErrors: () => Promise<void>;
}

export interface DiagnosticsStore {
  /** The newest result: this page's last check, or the stored one from an earlier visit. */
  lastCheck: ReadonlySignal<ConnectionCheck | null>;
  state: ReadonlySignal<CheckState>;
  /** The recent API errors as stored (newest first), following storage. */
  errors: ReadonlySignal<readonly RecentError[]>;
  clearState: ReadonlySignal<ClearState>;
  /** Reads what is stored and follows the recent errors. Returns the function that stops following. */
  start(): () => void;
  check(): Promise<void>;
  clearErrors(): Promise<void>;
}

/** State and actions of Options › Diagnostics. The dependencies are the requests and the storage items. */
export function createDiagnosticsStore(deps: DiagnosticsDeps): DiagnosticsStore {
  const lastCheck = signal<ConnectionCheck | null>(null);
  const state = signal<CheckState>({ kind: 'idle' });
  const errors = storedSignal(deps.errors, { what: 'the recent errors', initial: [] });
  const clearState = signal<ClearState>('idle');

  async function loadLastCheck() {
    try {
      const stored = await deps.loadLastCheck();
      // A check finished while storage was being read is newer than what storage held.
      if (lastCheck.value === null) lastCheck.value = stored;
    } catch (error) {
      console.warn('Could not read the last connection check', error);
    }
  }

  function start() {
    const stop = errors.start();
    void loadLastCheck();
    return stop;
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

  async function clearErrors() {
    if (clearState.value === 'clearing') return;
    clearState.value = 'clearing';
    try {
      // The list empties through the storage event, so an error recorded right after is not wiped here.
      await deps.clearErrors();
      clearState.value = 'idle';
    } catch (error) {
      console.warn('Could not clear the recent errors', error);
      clearState.value = 'failed';
    }
  }

  return { lastCheck, state, errors: errors.value, clearState, start, check, clearErrors };
}
