import { render } from 'preact';
import '../ui/styles/base.css';
import './popup.css';
import { request } from '../shared/messages.ts';
import { sendQueueItem } from '../shared/send-queue.ts';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { createBrowserDestinationStore } from '../ui/destination-store.ts';
import { browserFolderActions } from '../ui/folder-actions.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { createSendQueueStore } from '../ui/send-queue-store.ts';
import { PopupApp } from './PopupApp.tsx';
import type { SendActions } from './send-actions.ts';

setUpPage();
const store = createBrowserAccountStore();
store.start();
const queue = createSendQueueStore({
  read: () => sendQueueItem.get(),
  watch: (callback, signal) => sendQueueItem.onChanged(callback, signal),
});
queue.start();
const destinations = createBrowserDestinationStore();
destinations.start();

const send: SendActions = {
  enqueue: (links, destination) => request('send.enqueue', { links, destination }),
  retry: (id) => request('send.retry', { id }),
  retryAllFailed: () => request('send.retryAllFailed', undefined),
  dismiss: (id) => request('send.dismiss', { id }),
};

render(
  <PopupApp store={store} actions={browserAccountActions(store)} queue={queue.entries} send={send} destinations={destinations} folders={browserFolderActions} locale={pageLocale()} />,
  document.getElementById('app')!,
);
