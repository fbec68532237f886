import { signal } from '@preact/signals';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/styles/base.css';
import './options.css';
import { request } from '../shared/messages.ts';
import { lastConnectionCheck } from '../shared/storage.ts';
import { setUpPage } from '../ui/page-setup.ts';
import type { SessionState } from '../ui/session-state.ts';
import { createDiagnosticsStore } from './diagnostics-store.ts';
import { OptionsApp } from './OptionsApp.tsx';

setUpPage('optionsTitle');
// TODO(2026-session): fill from the session item in storage once the session work lands.
const session = signal<SessionState>({ status: 'signed-out' });
const diagnostics = createDiagnosticsStore({
  checkConnection: () => request('diagnostics.checkConnection', undefined),
  loadLastCheck: () => lastConnectionCheck.get(),
});

render(
  <OptionsApp session={session} diagnostics={diagnostics} version={browser.runtime.getManifest().version} />,
  document.getElementById('app')!,
);
