import { render } from 'preact';
import '../ui/styles/base.css';
import './files.css';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { FilesApp } from './FilesApp.tsx';

setUpPage('filesTitle');
const store = createBrowserAccountStore();
store.start();

render(<FilesApp store={store} actions={browserAccountActions(store)} />, document.getElementById('app')!);
