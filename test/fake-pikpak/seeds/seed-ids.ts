/**
 * Notable ids a seed created, so tests can say "the running task" instead of searching.
 * Keys differ per seed; `accounts.default` is always there.
 */
export interface SeedIds {
  accounts: { default: string } & Record<string, string>;
  folders: Record<string, string>;
  files: Record<string, string>;
  tasks: Record<string, string>;
  shares: Record<string, string>;
  /** `basic` only: the `Sample Media` folder, whose files have real bytes on the CDN (seeds/basic-media.ts). */
  media?: MediaSeedIds;
}

export interface MediaSeedIds {
  /** `Sample Media` at the root. */
  folder: string;
  /** `Big Buck Sample.mp4`: H.264 + AAC MP4, 10 s, 320x180. */
  video: string;
  /** `Big Buck Sample.srt`, its subtitles. */
  subtitle: string;
  /** `Second Clip.mp4`: the same H.264 clip (for previous / next). */
  secondVideo: string;
  /** `Second Clip.vtt`, its WebVTT subtitles. */
  secondSubtitle: string;
  /** `HEVC Clip.mp4`: HEVC (`hvc1`) + AAC; its transcode is H.264. */
  hevc: string;
  /** `Theme Song.m4a`: 4 s of AAC. */
  audio: string;
  /** `Poster.png`: 320x180 PNG. */
  image: string;
  /** `Extras`, with `credits.txt` and `Behind the scenes`. */
  extras: string;
  /** `Extras/credits.txt`. */
  credits: string;
  /** `Extras/Behind the scenes`, with `notes.txt` and `Storyboard.jpg`. */
  behindTheScenes: string;
  /** `Extras/Behind the scenes/notes.txt`. */
  notes: string;
  /** `Extras/Behind the scenes/Storyboard.jpg`: 320x180 JPEG. */
  storyboard: string;
}
