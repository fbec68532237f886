import { render } from 'preact';
import '../ui/styles/base.css';
import './popup.css';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { PopupApp } from './PopupApp.tsx';

setUpPage();
const store = createBrowserAccountStore();
store.start();

render(
  <PopupApp store={store} actions={browserAccountActions(store)} locale={pageLocale()} />,
  document.getElementById('app')!,
);
