import type { Prng } from '../core/prng.ts';
import type { DriveFile } from '../drive/types.ts';
import type { FakeState } from '../state.ts';
import { file, folder, video } from './builders.ts';

/**
 * The parts of the `demo` drive that show the file browser's views: a project tree 5 folders deep, holiday photos
 * 4 deep, archives, starred items all over the drive, a trash holding files and a folder, and a camera roll of
 * 10,000 photos and clips (IDs and sizes from the seed's PRNG, so every run builds the same drive).
 */

/** Items in `Camera Roll 2024`: 20 pages of 500. */
export const BIG_FOLDER_SIZE = 10_000;

const DAY_MS = 86_400_000;

function trash(state: FakeState, item: DriveFile, daysAgo: number): DriveFile {
  item.trashed = true;
  item.deleteMs = state.clock.now() - daysAgo * DAY_MS;
  return item;
}

/** Projects › 2025 › Website redesign › assets › images, and more beside it. Projects is starred. */
export function seedProjects(state: FakeState, me: string, rng: Prng) {
  const projects = folder(state, me, '', 'Projects', 200);
  projects.starred = true;
  const year = folder(state, me, projects.id, '2025', 120);
  const website = folder(state, me, year.id, 'Website redesign', 90);
  const assets = folder(state, me, website.id, 'assets', 80);
  const images = folder(state, me, assets.id, 'images', 80);
  for (const name of ['hero.png', 'logo.png', 'logo-dark.png', 'team-photo.jpg', 'office.jpg', 'banner.webp'])
    file(state, me, images.id, name, rng.int(40_000, 3_500_000), { daysAgo: rng.int(20, 80) });
  const fonts = folder(state, me, assets.id, 'fonts', 80);
  file(state, me, fonts.id, 'Inter-4.0.zip', 32_505_856, { daysAgo: 80 });
  file(state, me, assets.id, 'intro-animation.mp4', 18_874_368, { video: video(24, 1080), daysAgo: 40 });
  const docs = folder(state, me, website.id, 'docs', 90);
  const brief = file(state, me, docs.id, 'Design brief.pdf', 1_848_320, { daysAgo: 88, starred: true });
  file(state, me, docs.id, 'Sitemap.md', 4_210, { daysAgo: 60 });
  file(state, me, docs.id, 'Budget.xlsx', 48_128, { daysAgo: 61 });
  file(state, me, website.id, 'mockups-v3.zip', 214_958_080, { daysAgo: 30 });
  const draftLogo = trash(state, file(state, me, images.id, 'logo-draft.png', 220_000, { daysAgo: 85 }), 12);

  const podcast = folder(state, me, year.id, 'Podcast', 100);
  for (let episode = 1; episode <= 4; episode++) {
    const name = `Episode ${String(episode).padStart(2, '0')}`;
    const episodeFolder = folder(state, me, podcast.id, name, 100 - episode * 7);
    file(state, me, episodeFolder.id, `${name} - final mix.mp3`, rng.int(38, 64) * 1_048_576, {
      daysAgo: 100 - episode * 7,
    });
    file(state, me, episodeFolder.id, 'Show notes.md', rng.int(2_000, 9_000), { daysAgo: 100 - episode * 7 });
  }
  const older = folder(state, me, projects.id, '2024', 400);
  const tax = folder(state, me, older.id, 'Tax', 300);
  file(state, me, tax.id, 'Receipts 2024.zip', 12_582_912, { daysAgo: 300 });
  file(state, me, tax.id, 'Summary.docx', 27_648, { daysAgo: 300 });
  file(state, me, projects.id, 'Ideas.md', 2_048, { daysAgo: 5 });
  return { projects, images, brief, draftLogo };
}

/** Photos › Holidays › 2024 Lisbon, with photos and two clips. */
export function seedPhotos(state: FakeState, me: string, rng: Prng) {
  const photos = folder(state, me, '', 'Photos', 300);
  const holidays = folder(state, me, photos.id, 'Holidays', 300);
  const lisbon = folder(state, me, holidays.id, '2024 Lisbon', 250);
  // The first three photos and both clips have real bytes on the CDN (the sample JPEG, H.264 and HEVC clips).
  for (let i = 1; i <= 36; i++)
    file(state, me, lisbon.id, `Lisbon ${String(i).padStart(2, '0')}.jpg`, rng.int(1_800_000, 5_200_000), {
      daysAgo: 250,
      starred: i === 7,
      ...(i <= 3 ? { content: 'sample-photo' as const } : {}),
    });
  file(state, me, lisbon.id, 'Tram 28.mp4', 0, { content: 'sample-video', daysAgo: 250 });
  file(state, me, lisbon.id, 'Sunset at Belém.mov', 0, { content: 'sample-video-hevc', daysAgo: 250 });
  const iceland = folder(state, me, holidays.id, '2023 Iceland', 600);
  for (let i = 1; i <= 12; i++)
    file(state, me, iceland.id, `DSC_${String(4000 + i)}.jpg`, rng.int(4_000_000, 9_000_000), { daysAgo: 600 });
  file(state, me, photos.id, 'Profile picture.png', 0, { content: 'sample-image', daysAgo: 40 });
  return { photos, lisbon };
}

/** Backups: archives of every common kind. */
export function seedBackups(state: FakeState, me: string) {
  const backups = folder(state, me, '', 'Backups', 500);
  const archives: [string, number][] = [
    ['photos-2023.zip', 4_831_838_208],
    ['laptop-home.7z', 21_474_836_480],
    ['dotfiles.tar.gz', 1_258_291],
    ['old-website.rar', 88_080_384],
    ['database-2025-06-01.sql.gz', 734_003_200],
  ];
  for (const [name, size] of archives) file(state, me, backups.id, name, size, { daysAgo: 120 });
  return { backups };
}

/** The trash: files from several folders and a whole folder with its contents. */
export function seedTrash(state: FakeState, me: string, moviesId: string) {
  const drafts = trash(state, folder(state, me, '', 'Old drafts', 200), 3);
  for (const name of ['chapter-1.md', 'chapter-2.md', 'cover-sketch.png'])
    file(state, me, drafts.id, name, 9_000 + name.length * 1_000, { daysAgo: 200 });
  const screenshot = trash(state, file(state, me, '', 'old-screenshot.png', 845_000, { daysAgo: 50 }), 5);
  trash(state, file(state, me, moviesId, 'Sintel (2010) [CAM].mp4', 412_090_368, { video: video(888, 480) }), 9);
  trash(state, file(state, me, '', 'backup-2022.zip', 1_073_741_824, { daysAgo: 700 }), 20);
  return { drafts, screenshot };
}

/** Camera Roll 2024: 10,000 photos with a clip every 50th, oldest first; IMG_0420.jpg is starred. */
export function seedCameraRoll(state: FakeState, me: string, rng: Prng) {
  const camera = folder(state, me, '', 'Camera Roll 2024', 60);
  let starred: DriveFile | undefined;
  for (let i = 1; i <= BIG_FOLDER_SIZE; i++) {
    const clip = i % 50 === 0;
    const name = `${clip ? 'VID' : 'IMG'}_${String(i).padStart(5, '0')}.${clip ? 'mp4' : 'jpg'}`;
    const created = file(
      state,
      me,
      camera.id,
      name,
      clip ? rng.int(20, 180) * 1_048_576 : rng.int(1_500_000, 6_500_000),
      {
        daysAgo: 365 - Math.floor((i * 360) / BIG_FOLDER_SIZE),
        ...(clip ? { video: video(rng.int(5, 90), 1080) } : {}),
        starred: i === 420,
      },
    );
    if (i === 420) starred = created;
  }
  return { camera, starred };
}
