import { ensureRootFolder } from '../drive/files.ts';
import { MY_PACK } from '../routes/drive-tasks-create.ts';
import type { FakeState } from '../state.ts';
import { seedBasicMedia } from './basic-media.ts';
import { addAccount, DEFAULT_ACCOUNT, file, folder, magnet, share, SHARER_ACCOUNT, task, video } from './builders.ts';
import type { SeedIds } from './seed-ids.ts';

/**
 * `basic`: the default account with a small drive, three tasks (RUNNING 40 %, ERROR "Task timeout",
 * COMPLETE), `Sample Media` (files with real bytes on the CDN, basic-media.ts) and, from a second account, shares
 * with and without a pass code plus an expired one.
 */
export function seedBasic(state: FakeState): SeedIds {
  const me = addAccount(state, DEFAULT_ACCOUNT).sub;
  const other = addAccount(state, SHARER_ACCOUNT).sub;

  const movies = folder(state, me, '', 'Movies');
  const documents = folder(state, me, '', 'Documents');
  const bunny = file(state, me, movies.id, 'Big Buck Bunny (2008).mp4', 276_134_947, { video: video(596) });
  file(state, me, movies.id, 'Sintel (2010).mkv', 1_231_915_000, { video: video(888) });
  const readme = file(state, me, documents.id, 'readme.txt', 1_024);
  file(state, me, documents.id, 'manual.pdf', 2_485_760);
  const notes = file(state, me, '', 'notes.md', 4_096, { starred: true });
  const old = file(state, me, '', 'old-backup.zip', 73_400_320);
  old.trashed = true;
  old.deleteMs = state.clock.now() - 86_400_000;

  const pack = ensureRootFolder(state, me, MY_PACK, 'DOWNLOAD');
  const running = task(
    state,
    me,
    pack.id,
    magnet('ubuntu-24.04.1-desktop-amd64.iso', 6_203_355_136),
    'PHASE_TYPE_RUNNING',
    { progress: 40, minutesAgo: 5 },
  );
  const failed = task(state, me, pack.id, magnet('debian-12.7.0-amd64-netinst.iso', 661_651_456), 'PHASE_TYPE_ERROR', {
    message: 'Task timeout',
    minutesAgo: 90,
  });
  const complete = task(
    state,
    me,
    pack.id,
    magnet('Night of the Living Dead (1968).mp4', 1_043_333_120),
    'PHASE_TYPE_COMPLETE',
    { minutesAgo: 240 },
  );

  const films = folder(state, other, '', 'Public Domain Films');
  file(state, other, films.id, 'Nosferatu (1922).mp4', 802_160_640, { video: video(5_682, 720) });
  file(state, other, films.id, 'The General (1926).mp4', 921_702_400, { video: video(4_620, 720) });
  file(state, other, films.id, 'credits.txt', 512);
  const charade = file(state, other, '', 'Charade (1963).mp4', 1_610_612_736, { video: video(6_781) });
  const lecture = file(state, other, '', 'lecture-notes.pdf', 1_048_576);

  const withCode = share(state, other, [films.id], '8x2k');
  const open = share(state, other, [charade.id, lecture.id]);
  const expired = share(state, other, [lecture.id], '', 'EXPIRED');
  const own = share(state, me, [notes.id]);
  // Last, so the ids made above stay what they were before it existed.
  const media = seedBasicMedia(state, me);

  return {
    accounts: { default: me, sharer: other },
    folders: { movies: movies.id, documents: documents.id, myPack: pack.id, sharedFilms: films.id },
    files: {
      bunny: bunny.id,
      readme: readme.id,
      notes: notes.id,
      trashed: old.id,
      sharedVideo: charade.id,
      sharedPdf: lecture.id,
    },
    tasks: { running: running.id, error: failed.id, complete: complete.id },
    shares: { withPassCode: withCode.id, passCode: '8x2k', open: open.id, expired: expired.id, own: own.id },
    media,
  };
}
