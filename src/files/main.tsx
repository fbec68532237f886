import { computed } from '@preact/signals';
import { render } from 'preact';
import '../ui/styles/base.css';
import './files.css';
import './file-list.css';
import './files-panels.css';
import './operations/operations.css';
import { request } from '../shared/messages.ts';
import { DEFAULT_SETTINGS, getSettings, onSettingsChanged } from '../shared/settings.ts';
import { recentSharesItem } from '../shared/shares.ts';
import { taskSnapshotItem } from '../shared/task-snapshot.ts';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { browserFolderActions } from '../ui/folder-actions.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { itemSource, storedSignal } from '../ui/stored-signal.ts';
import { FilesApp } from './FilesApp.tsx';
import { createFilesPage } from './files-page.ts';
import type { ListPage } from './stores/listing-store.ts';
import { createFileCommands } from './operations/file-commands.tsx';
import { createOperations } from './operations/operations.ts';
import { createPageTransfers } from './transfers/page-transfers.ts';
import { createShareStore } from './shares/share-store.ts';

setUpPage('filesTitle');
const store = createBrowserAccountStore();
store.start();
const locale = pageLocale();

const shares = createShareStore({
  requests: {
    open: (shareId, passCode) => request('shares.open', passCode === undefined ? { shareId } : { shareId, passCode }),
    list: (shareId, parentId, pageToken) =>
      request('shares.list', pageToken === undefined ? { shareId, parentId } : { shareId, parentId, pageToken }),
    forget: (shareId) => request('shares.forget', { shareId }),
  },
  recent: itemSource(recentSharesItem),
  memory: sessionStorage,
});

/** One page of any view: a share's through the share store (opened first, its pass code asked for), else the drive's. */
const list: ListPage = (view, pageToken) =>
  (view.kind === 'share'
    ? shares.list(view, pageToken)
    : request('drive.list', pageToken === undefined ? { view } : { view, pageToken })
  ).then((page) => {
    // The moment a page of the list reaches the tab: `npm run bench` times the rows from here.
    performance.mark('files-list-answer', { detail: { first: pageToken === undefined, items: page.items.length } });
    return page;
  });

// The root folder (Options › Downloads) is where My Drive opens; a failed read opens the drive's own root.
const settings = storedSignal(
  { read: getSettings, watch: onSettingsChanged },
  { what: 'the settings', onReadError: DEFAULT_SETTINGS },
);
settings.start();

const page = createFilesPage({
  home: computed(() => settings.value.value?.rootFolder),
  list,
  ancestors: (id) => request('drive.ancestors', { id }),
  win: window,
  account: computed(() => {
    const account = store.account.value;
    return account.status === 'signed-in' ? account.sub : undefined;
  }),
  signedOut: computed(() => store.account.value.status === 'signed-out'),
  shares,
  tasks: itemSource(taskSnapshotItem),
  online: {
    now: () => navigator.onLine,
    watch: (callback, signal) => {
      window.addEventListener('online', () => callback(true), { signal });
      window.addEventListener('offline', () => callback(false), { signal });
    },
  },
  ...(locale === undefined ? {} : { locale }),
});
page.start();

const transfers = createPageTransfers({ list, announce: (text) => operationsAnnounce(text) });

const operations = createOperations({
  drive: {
    batch: (operation, ids, toParentId) =>
      request('drive.batch', toParentId === undefined ? { operation, ids } : { operation, ids, toParentId }),
    emptyTrash: () => request('drive.emptyTrash', undefined),
    rename: (id, name) => request('drive.rename', { id, name }),
    createFolder: (parentId, name) => request('drive.createFolder', { parentId, name }),
    restore: (shareId, fileIds, toParentId) => request('shares.restore', { shareId, fileIds, toParentId }),
  },
  signedIn: () => store.account.peek().status === 'signed-in',
  folders: browserFolderActions,
  page,
  transfers: transfers.transfers,
  openFile: transfers.openFile,
});
operations.start();
function operationsAnnounce(text: string) {
  operations.runner.announce(text);
}

render(
  <FilesApp
    store={store}
    actions={browserAccountActions(store)}
    page={page}
    commands={createFileCommands(operations, { ...transfers.layer, ...(locale === undefined ? {} : { locale }) })}
    locale={locale}
  />,
  document.getElementById('app')!,
);
