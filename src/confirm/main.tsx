import { render } from 'preact';
import '../ui/styles/base.css';
import './confirm.css';
import { request } from '../shared/messages.ts';
import { pendingSelectionsItem, type PendingSelection } from '../shared/pending-selection.ts';
import { openShareTab } from '../ui/open-share.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { ConfirmApp, type ConfirmActions } from './ConfirmApp.tsx';

setUpPage('confirmContext');
const id = decodeURIComponent(location.hash.slice(1));
const root = document.getElementById('app')!;

const actions: ConfirmActions = {
  confirm: (keys) => request('send.confirmSelection', { id, keys }),
  discard: () => request('send.discardSelection', { id }),
  openShare: openShareTab,
  close: () => window.close(),
};

const show = (selection: PendingSelection | null | undefined) =>
  render(<ConfirmApp selection={selection} actions={actions} />, root);
show(undefined);
pendingSelectionsItem.get().then(
  (pending) => show(pending[id] ?? null),
  () => show(null),
);
