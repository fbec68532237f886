import { ensureRootFolder } from '../drive/files.ts';
import type { FileContent } from '../drive/media-content.ts';
import { createPrng } from '../core/prng.ts';
import { MY_PACK } from '../routes/drive-tasks-create.ts';
import type { FakeState } from '../state.ts';
import { addAccount, DEFAULT_ACCOUNT, file, folder, magnet, share, SHARER_ACCOUNT, task, video } from './builders.ts';
import { ALBUMS, DOCUMENTS, ERROR_MESSAGES, FILMS, ISOS, SHOWS } from './demo-catalogue.ts';
import { seedBackups, seedCameraRoll, seedPhotos, seedProjects, seedTrash } from './demo-drive.ts';
import type { SeedIds } from './seed-ids.ts';

export { BIG_FOLDER_SIZE } from './demo-drive.ts';

/** Films whose CDN bytes are the real 10 s sample clips (so the demo can play them); sizes follow. */
const PLAYABLE_FILMS: Record<string, FileContent> = {
  'Big Buck Bunny (2008)': 'sample-video',
  'Sintel (2010)': 'sample-video-hevc',
  'Tears of Steel (2012)': 'sample-video',
};

/**
 * `demo`: a lived-in drive for screenshots, manual testing and `npm run demo`: films, TV seasons, music, documents,
 * photos, archives, a project tree 5 folders deep, starred items everywhere, a trash, a 10,000-item camera roll and
 * offline tasks in every phase. Everything comes from a seeded PRNG, so the drive (ids included) is identical on
 * every run. About 10,600 items; built in well under a second (the `basic` seed stays small for the other tests).
 */

export function seedDemo(state: FakeState): SeedIds {
  const rng = createPrng('demo-drive');
  const me = addAccount(state, DEFAULT_ACCOUNT).sub;
  const other = addAccount(state, SHARER_ACCOUNT).sub;
  const mb = (min: number, max: number): number => rng.int(min, max) * 1024 * 1024 + rng.int(0, 1023);

  const movies = folder(state, me, '', 'Movies', 200);
  for (const [title, seconds] of FILMS) {
    const ext = rng.pick(['mp4', 'mkv']);
    const content = ext === 'mp4' ? PLAYABLE_FILMS[title] : undefined;
    file(state, me, movies.id, `${title}.${ext}`, mb(300, 2500), {
      video: video(seconds, rng.pick([720, 1080])),
      daysAgo: rng.int(1, 180),
      starred: title.startsWith('Metropolis') || title.startsWith('Sherlock'),
      ...(content ? { content } : {}),
    });
  }

  const tv = folder(state, me, '', 'TV', 150);
  for (const [show, seasons, episodes] of SHOWS) {
    const showFolder = folder(state, me, tv.id, show, 140);
    for (let s = 1; s <= seasons; s++) {
      const season = folder(state, me, showFolder.id, `Season ${s}`, 140);
      for (let e = 1; e <= episodes; e++) {
        const code = `S${String(s).padStart(2, '0')}E${String(e).padStart(2, '0')}`;
        file(state, me, season.id, `${show} ${code}.mkv`, mb(180, 420), {
          video: video(rng.int(1500, 1680), 720),
          daysAgo: rng.int(10, 140),
        });
      }
    }
  }

  const music = folder(state, me, '', 'Music', 120);
  for (const [album, tracks] of ALBUMS) {
    const albumFolder = folder(state, me, music.id, album, 120);
    albumFolder.starred = album.startsWith('Kevin');
    tracks.forEach((track, i) => {
      const ext = album.startsWith('Musopen') ? 'flac' : 'mp3';
      // The first Kevin MacLeod track plays: its bytes are the sample MP3.
      const sample = album.startsWith('Kevin') && i === 0;
      file(
        state,
        me,
        albumFolder.id,
        `${String(i + 1).padStart(2, '0')} ${track}.${ext}`,
        mb(4, ext === 'flac' ? 60 : 12),
        sample ? { content: 'sample-audio-mp3' } : {},
      );
    });
  }

  const documents = folder(state, me, '', 'Documents', 300);
  for (const [name, size] of DOCUMENTS)
    file(state, me, documents.id, name, size, { daysAgo: rng.int(1, 300), starred: name.startsWith('Reading') });

  const software = folder(state, me, '', 'Software', 90);
  for (const [name, size] of ISOS.slice(0, 4))
    file(state, me, software.id, name, size, { daysAgo: rng.int(5, 90), originalUrl: magnet(name, size) });

  const projects = seedProjects(state, me, rng);
  const photos = seedPhotos(state, me, rng);
  const { backups } = seedBackups(state, me);
  const camera = seedCameraRoll(state, me, rng);
  file(state, me, '', 'Welcome to PikPak.pdf', 1_200_000, { daysAgo: 400 });
  const trash = seedTrash(state, me, movies.id);

  const pack = ensureRootFolder(state, me, MY_PACK, 'DOWNLOAD');
  const iso = (i: number): string => {
    const entry = ISOS[i];
    if (!entry) throw new Error(`no ISO #${i} in the catalogue`);
    return magnet(entry[0], entry[1]);
  };
  const tasks = {
    pending: task(state, me, pack.id, iso(7), 'PHASE_TYPE_PENDING', { minutesAgo: 1 }),
    running: task(state, me, pack.id, iso(0), 'PHASE_TYPE_RUNNING', { progress: 42, minutesAgo: 6 }),
    running2: task(state, me, pack.id, iso(4), 'PHASE_TYPE_RUNNING', { progress: 87, minutesAgo: 12 }),
    running3: task(state, me, pack.id, magnet('Metropolis (1927) [Restored]', 9_126_805_504), 'PHASE_TYPE_RUNNING', {
      progress: 3,
      minutesAgo: 2,
    }),
    complete: task(state, me, pack.id, iso(1), 'PHASE_TYPE_COMPLETE', { minutesAgo: 300 }),
    complete2: task(state, me, pack.id, magnet('The General (1926).mp4', 921_702_400), 'PHASE_TYPE_COMPLETE', {
      minutesAgo: 1_440,
    }),
    complete3: task(
      state,
      me,
      pack.id,
      'https://download.blender.org/peach/bigbuckbunny_movies/big_buck_bunny_1080p_h264.mov',
      'PHASE_TYPE_COMPLETE',
      { minutesAgo: 2_000 },
    ),
    error: task(state, me, pack.id, iso(2), 'PHASE_TYPE_ERROR', { message: ERROR_MESSAGES[0], minutesAgo: 180 }),
    error2: task(state, me, pack.id, iso(3), 'PHASE_TYPE_ERROR', { message: ERROR_MESSAGES[1], minutesAgo: 600 }),
    error3: task(
      state,
      me,
      pack.id,
      'ed2k://|file|The.Kid.1921.avi|734003200|0123456789ABCDEF0123456789ABCDEF|/',
      'PHASE_TYPE_ERROR',
      { message: ERROR_MESSAGES[2], minutesAgo: 900 },
    ),
    pending2: task(state, me, pack.id, iso(5), 'PHASE_TYPE_PENDING', { minutesAgo: 0 }),
    running4: task(state, me, pack.id, iso(6), 'PHASE_TYPE_RUNNING', { progress: 64, minutesAgo: 20 }),
  };

  const archive = folder(state, other, '', 'Silent Film Archive', 400);
  for (const [title, seconds] of FILMS.slice(0, 6))
    file(state, other, archive.id, `${title}.mp4`, mb(400, 1200), { video: video(seconds, 720) });
  const concert = file(state, other, '', 'Open Source Concert 2023.mp4', mb(900, 1500), { video: video(5_400) });
  const withCode = share(state, other, [archive.id], 'pk42');
  const open = share(state, other, [concert.id]);

  return {
    accounts: { default: me, sharer: other },
    folders: {
      movies: movies.id,
      tv: tv.id,
      music: music.id,
      documents: documents.id,
      software: software.id,
      bigFolder: camera.camera.id,
      projects: projects.projects.id,
      deepest: projects.images.id,
      photos: photos.photos.id,
      lisbon: photos.lisbon.id,
      backups: backups.id,
      trashedFolder: trash.drafts.id,
      myPack: pack.id,
      sharedArchive: archive.id,
    },
    files: {
      trashed: trash.screenshot.id,
      trashedInFolder: projects.draftLogo.id,
      starredDeep: projects.brief.id,
      starredPhoto: camera.starred?.id ?? '',
      sharedVideo: concert.id,
    },
    tasks: Object.fromEntries(Object.entries(tasks).map(([k, t]) => [k, t.id])),
    shares: { withPassCode: withCode.id, passCode: 'pk42', open: open.id },
  };
}
