import { signal } from '@preact/signals';
import { render } from 'preact';
import '../ui/styles/base.css';
import './popup.css';
import type { SessionState } from '../ui/session-state.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { PopupApp } from './PopupApp.tsx';

setUpPage();
// TODO(2026-session): fill from the session item in storage once the session work lands.
const session = signal<SessionState>({ status: 'signed-out' });

render(<PopupApp session={session} />, document.getElementById('app')!);
