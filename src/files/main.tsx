import { signal } from '@preact/signals';
import { render } from 'preact';
import '../ui/styles/base.css';
import './files.css';
import { setUpPage } from '../ui/page-setup.ts';
import type { SessionState } from '../ui/session-state.ts';
import { FilesApp } from './FilesApp.tsx';

setUpPage('filesTitle');
// TODO(2026-session): fill from the session item in storage once the session work lands.
const session = signal<SessionState>({ status: 'signed-out' });

render(<FilesApp session={session} />, document.getElementById('app')!);
