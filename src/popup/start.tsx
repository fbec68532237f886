import { render } from 'preact';
import browser from 'webextension-polyfill';
import { request } from '../shared/messages.ts';
import { filesPagePath } from '../shared/pages.ts';
import { followSendQueue, readSendQueue } from '../shared/send-queue-storage.ts';
import { taskSnapshotItem } from '../shared/task-snapshot.ts';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { activeTabUrl } from '../ui/active-page.ts';
import { createBrowserDestinationStore } from '../ui/destination-store.ts';
import { browserFolderActions } from '../ui/folder-actions.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { createSendQueueStore } from '../ui/send-queue-store.ts';
import { itemSource } from '../ui/stored-signal.ts';
import { createBrowserSessionQuestionStore } from '../ui/session-question-store.ts';
import { PopupApp } from './PopupApp.tsx';
import type { SendActions } from './send-actions.ts';
import { resultFolderOf, type TaskActions } from './task-actions.ts';
import { createTaskSnapshotStore, watchTasks } from './task-store.ts';
import { followCache, whenStored } from './cached-view.ts';
import { pageStorage } from './popup-cache.ts';

/**
 * The popup app, loaded by main.tsx (after the first frame when the pre-paint (prepaint-core.ts) painted the cached markup,
 * `#app[data-cached]` naming its account). It renders over that markup once storage has answered.
 */
export function startPopup(): void {
  setUpPage();
  const app = document.getElementById('app')!;
  const prepainted = app.dataset.cached;
  // The stored task list first: it is what the popup paints first.
  const tasks = createTaskSnapshotStore(itemSource(taskSnapshotItem));
  tasks.start();
  // While the popup is open the background polls every few seconds.
  watchTasks((name) => browser.runtime.connect({ name }));
  const store = createBrowserAccountStore();
  store.start();
  const questions = createBrowserSessionQuestionStore(store);
  questions.start();
  // One read of the queue serves both the first render and the follower that applies later changes to it.
  const queueRead = readSendQueue();
  const queue = createSendQueueStore({
    read: () => queueRead,
    watch: (callback, signal) => followSendQueue(callback, signal, queueRead),
  });
  queue.start();
  const destinations = createBrowserDestinationStore(activeTabUrl);
  destinations.start();
  followCache(store.account, tasks.snapshot, pageStorage(), { cachedSub: prepainted, html: () => app.innerHTML });

  const send: SendActions = {
    enqueue: (links, destination) => request('send.enqueue', { links, destination }),
    retry: (id) => request('send.retry', { id }),
    retryAllFailed: () => request('send.retryAllFailed', undefined),
    dismiss: (id) => request('send.dismiss', { id }),
  };

  const taskActions: TaskActions = {
    refresh: () => request('tasks.refresh', undefined),
    retry: (id) => request('tasks.retry', { id }),
    retryAllFailed: () => request('tasks.retryAllFailed', undefined),
    delete: (ids, deleteFiles) => request('tasks.delete', { ids, deleteFiles }),
    clearCompleted: () => request('tasks.clearCompleted', undefined),
    openResult: async (task) => {
      await browser.tabs.create({ url: browser.runtime.getURL(filesPagePath(resultFolderOf(task))) });
      window.close();
    },
    copyLink: (url) => navigator.clipboard.writeText(url),
  };

  const show = () => {
    // The cached markup goes; the stored rows render in its place in this task, so nothing flashes.
    if (prepainted !== undefined) {
      app.replaceChildren();
      delete app.dataset.cached;
      app.removeAttribute('aria-busy');
    }
    renderApp();
  };
  if (prepainted === undefined) show();
  else whenStored(store.account, tasks.snapshot, show);

  function renderApp() {
    render(
      <PopupApp
        store={store}
        actions={browserAccountActions(store)}
        questions={questions}
        queue={queue.entries}
        send={send}
        destinations={destinations}
        folders={browserFolderActions}
        tasks={tasks.snapshot}
        taskActions={taskActions}
        // For `npm run bench`: navigation start to the task list on screen.
        onTasksPainted={() => performance.mark('tasks-painted')}
        locale={pageLocale()}
      />,
      app,
    );
  }
}
