import { render } from 'preact';
import '../ui/styles/base.css';
import './player.css';
import { request } from '../shared/messages.ts';
import { nameCollator } from '../files/model/sort.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { createPositionTracker } from './playback/position-tracker.ts';
import { linkAnswer } from './playback/recovery.ts';
import { createPlayback } from './playback/playback.ts';
import { createSubtitles } from './playback/subtitles.ts';
import { PlayerApp } from './PlayerApp.tsx';
import { createPlayerPage, shareFromSearch } from './player-page.ts';
import { createShareFiles } from './share-files.ts';

setUpPage('playerTitle');
const locale = pageLocale();

// A share's file plays from the share: no item call there, its link from `shares.links` (./share-files.ts).
const share = shareFromSearch(window.location.search);
const shareFiles =
  share &&
  createShareFiles({
    ...share,
    list: (parentId, pageToken) =>
      request('shares.list', { shareId: share.shareId, parentId, ...(pageToken === undefined ? {} : { pageToken }) }),
    links: (files) => request('shares.links', { shareId: share.shareId, files }),
  });
const page = createPlayerPage({
  fetchDetail: (id) =>
    (shareFiles ? shareFiles.fetchDetail(id) : request('drive.item', { id })).then((detail) => {
      // The moment a file's detail reaches the page: `npm run bench` times the first frame against it.
      performance.mark('player-detail-answer');
      return detail;
    }),
  listFolder: (id, pageToken) =>
    shareFiles
      ? shareFiles.listFolder(id, pageToken)
      : request(
          'drive.list',
          pageToken === undefined ? { view: { kind: 'folder', id } } : { view: { kind: 'folder', id }, pageToken },
        ),
  location: window.location,
  history: window.history,
  collator: nameCollator(locale),
});

const probe = document.createElement('video');
const playback = createPlayback({
  fetchDetail: page.freshDetail,
  probeLink: async (url) => {
    try {
      const response = await fetch(url, { headers: { Range: 'bytes=0-0' } });
      void response.body?.cancel().catch(() => undefined);
      return linkAnswer(response.status);
    } catch {
      return 'unreachable';
    }
  },
  // hls.js (about 120 KB gzip) is fetched only when a transcode is chosen.
  loadHls: () => import('./playback/hls-engine.ts'),
  canPlayType: (mime) => probe.canPlayType(mime),
  positions: createPositionTracker(),
});

const subtitles = createSubtitles({
  fetchDetail: page.freshDetail,
  fetchBytes: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.arrayBuffer();
  },
  makeUrl: (vtt) => URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' })),
  revokeUrl: (url) => URL.revokeObjectURL(url),
});

// Leaving the page (closing the tab, reloading, going back) saves where the user was.
window.addEventListener('pagehide', () => playback.save());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') playback.save();
});

page.start();
render(
  <PlayerApp
    page={page}
    playback={playback}
    subtitles={subtitles}
    locale={locale}
    playLimitOf={shareFiles?.playLimitOf}
  />,
  document.getElementById('app')!,
);
