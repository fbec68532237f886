/**
 * Makes the real media the fake PikPak's CDN serves (test/fixtures/media/) with ffmpeg, and writes
 * test/fixtures/media/manifest.json (sizes, SHA-256, codecs, durations, the MPEG-TS segment map).
 * Run `npx tsx scripts/make-test-media.ts` after changing anything here, then commit the outputs together:
 * the fake and its tests read the committed files, so CI needs no ffmpeg for them.
 *
 * - video-h264.mp4: 10 s, 320x180, 24 fps, H.264 Constrained Baseline + AAC LC mono (every browser plays it).
 * - video-hevc.mp4: the same clip as HEVC (`hvc1`, libx265) + the same AAC (Debian's Chromium cannot play it).
 * - video-h264.mpegts: the H.264 clip remuxed to one MPEG-TS file (not `.ts`, which TypeScript tools would read),
 *   cut into 2 s segments that each start at a key frame with their own PAT/PMT, so the fake can serve it whole
 *   (as PikPak serves a transcode) or as HLS segments.
 * - audio.m4a (AAC) and audio.mp3: 4 s of beeps. image.png and photo.jpg: 320x180 test patterns.
 *
 * Flags keep the output as repeatable as ffmpeg allows (bitexact, one encoder thread, no metadata); a different
 * ffmpeg or x264/x265 build may still give other bytes, which is why the outputs are committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test', 'fixtures', 'media');
const work = mkdtempSync(join(tmpdir(), 'make-test-media-'));

const FPS = 24;
const SECONDS = 10;
const SEGMENT_SECONDS = 2;
const SIZE = '320x180';
const EXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];
const beeps = (seconds: number, hz: number) =>
  `sine=frequency=${hz}:sample_rate=22050:duration=${seconds}:beep_factor=4`;

function ffmpeg(...args: string[]): void {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { cwd: work, stdio: 'inherit' });
}

function probe(file: string): { format: Record<string, string>; streams: Record<string, string | number>[] } {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], {
    cwd: work,
    encoding: 'utf8',
  });
  return JSON.parse(out) as { format: Record<string, string>; streams: Record<string, string | number>[] };
}

const pattern = `testsrc=size=${SIZE}:rate=${FPS}:duration=${SECONDS}`;
const gop = ['-g', String(FPS * SEGMENT_SECONDS), '-keyint_min', String(FPS * SEGMENT_SECONDS), '-sc_threshold', '0'];

// H.264 Constrained Baseline 3.0 + AAC LC: what hls.js transmuxes and every Chromium decodes.
ffmpeg(
  ...['-f', 'lavfi', '-i', pattern, '-f', 'lavfi', '-i', beeps(SECONDS, 440)],
  ...['-c:v', 'libx264', '-profile:v', 'baseline', '-level', '3.0', '-pix_fmt', 'yuv420p', '-crf', '34'],
  ...['-preset', 'veryslow', ...gop, '-x264-params', 'threads=1'],
  ...['-c:a', 'aac', '-b:a', '24k', '-ac', '1', ...EXACT, '-movflags', '+faststart', 'video-h264.mp4'],
);
// The same streams in one MPEG-TS; ffmpeg's single-file HLS output gives the byte range of each 2 s segment.
ffmpeg(
  ...['-i', 'video-h264.mp4', '-c', 'copy', '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS)],
  ...['-hls_playlist_type', 'vod', '-hls_flags', 'single_file', '-hls_segment_filename', 'video-h264.mpegts'],
  'video-h264.m3u8',
);
// HEVC, tagged hvc1 as Apple devices and Chrome with HEVC support expect; the audio is copied.
ffmpeg(
  ...['-f', 'lavfi', '-i', pattern, '-i', 'video-h264.mp4', '-map', '0:v', '-map', '1:a'],
  ...['-c:v', 'libx265', '-tag:v', 'hvc1', '-pix_fmt', 'yuv420p', '-crf', '34', '-preset', 'slow', ...gop],
  ...['-x265-params', 'pools=1:frame-threads=1:log-level=error', '-c:a', 'copy', ...EXACT],
  ...['-movflags', '+faststart', 'video-hevc.mp4'],
);
ffmpeg('-f', 'lavfi', '-i', beeps(4, 523.25), '-c:a', 'aac', '-b:a', '24k', '-ac', '1', ...EXACT, 'audio.m4a');
ffmpeg('-f', 'lavfi', '-i', beeps(4, 523.25), '-c:a', 'libmp3lame', '-b:a', '32k', '-ac', '1', ...EXACT, 'audio.mp3');
ffmpeg('-f', 'lavfi', '-i', `testsrc=size=${SIZE}:rate=1:duration=1`, '-frames:v', '1', ...EXACT, 'image.png');
ffmpeg(
  '-f',
  'lavfi',
  '-i',
  `testsrc2=size=${SIZE}:rate=1:duration=1`,
  '-frames:v',
  '1',
  '-q:v',
  '6',
  ...EXACT,
  'photo.jpg',
);

/** `#EXTINF:2.000000,` + `#EXT-X-BYTERANGE:length@offset` pairs of the single-file playlist. */
function segments(playlist: string): { offset: number; length: number; duration: number }[] {
  const out: { offset: number; length: number; duration: number }[] = [];
  let duration = 0;
  for (const line of playlist.split('\n')) {
    const extinf = /^#EXTINF:([\d.]+)/.exec(line);
    if (extinf) duration = Number(extinf[1]);
    const range = /^#EXT-X-BYTERANGE:(\d+)@(\d+)/.exec(line);
    if (range) out.push({ offset: Number(range[2]), length: Number(range[1]), duration });
  }
  return out;
}

const FILES = [
  'video-h264.mp4',
  'video-hevc.mp4',
  'video-h264.mpegts',
  'audio.m4a',
  'audio.mp3',
  'image.png',
  'photo.jpg',
];
const manifest: Record<string, unknown> = {};
mkdirSync(outDir, { recursive: true });
for (const name of FILES) {
  const bytes = readFileSync(join(work, name));
  const info = probe(name);
  const video = info.streams.find((s) => s.codec_type === 'video');
  const audio = info.streams.find((s) => s.codec_type === 'audio');
  const [num = 0, den = 1] = String(video?.r_frame_rate ?? '0/1')
    .split('/')
    .map(Number);
  manifest[name] = {
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    container: info.format['format_name'],
    durationSeconds: Number(Number(info.format['duration'] ?? 0).toFixed(3)),
    bitRate: Number(info.format['bit_rate'] ?? 0),
    ...(video && !name.endsWith('.png') && !name.endsWith('.jpg')
      ? { videoCodec: video.codec_name, frameRate: Math.round(num / den) }
      : {}),
    ...(video ? { width: video.width, height: video.height } : {}),
    ...(audio ? { audioCodec: audio.codec_name } : {}),
    ...(name === 'video-h264.mpegts'
      ? { segments: segments(readFileSync(join(work, 'video-h264.m3u8'), 'utf8')) }
      : {}),
  };
  copyFileSync(join(work, name), join(outDir, name));
}
const ffmpegVersion = execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
writeFileSync(
  join(outDir, 'manifest.json'),
  `${JSON.stringify({ generator: 'scripts/make-test-media.ts', ffmpeg: ffmpegVersion, files: manifest }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
console.info(`wrote ${FILES.length} files and manifest.json to ${outDir}`);
