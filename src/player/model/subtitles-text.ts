/**
 * Subtitle files as the browser's text tracks want them. Browsers read WebVTT only; PikPak folders mostly hold
 * SubRip (.srt), so SRT is rewritten: a `WEBVTT` header, `,` → `.` in times, hours and milliseconds padded, the cue
 * numbers dropped (VTT would take them for cue ids, harmless but noisy), SRT's position suffixes (`X1:… Y2:…`) and
 * ASS override tags (`{\an8}`) left out, and an arrow inside cue text escaped, since `-->` ends a VTT cue's text.
 * Pure: no DOM.
 */

const TIMING = /^\s*(\d{1,3}:)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(\d{1,3}:)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})/;

/** WebVTT text for a subtitle file's text: SRT converted, VTT passed through (line endings normalised). */
export function toWebVtt(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^WEBVTT(?:[ \t\n]|$)/.test(normalised)) return normalised;
  return srtToVtt(normalised);
}

/** SubRip to WebVTT. Blocks without a timing line are skipped rather than failing the whole file. */
export function srtToVtt(srt: string): string {
  const blocks = srt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/);
  const cues: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingAt = lines.findIndex((line) => line.includes('-->'));
    const timing = timingAt < 0 ? null : TIMING.exec(lines[timingAt] ?? '');
    if (!timing) continue;
    const text = lines
      .slice(timingAt + 1)
      .map(cueLine)
      .filter((line) => line.trim() !== '');
    if (text.length === 0) continue;
    const start = vttTime(timing[1], timing[2], timing[3], timing[4]);
    const end = vttTime(timing[5], timing[6], timing[7], timing[8]);
    cues.push(`${start} --> ${end}\n${text.join('\n')}`);
  }
  return `WEBVTT\n\n${cues.join('\n\n')}${cues.length > 0 ? '\n' : ''}`;
}

function vttTime(hours = '0:', minutes = '0', seconds = '0', fraction = '0'): string {
  const h = hours.slice(0, -1).padStart(2, '0');
  // "5" in "00:00:01,5" is half a second: SRT writers that shorten the fraction drop trailing digits.
  return `${h}:${minutes.padStart(2, '0')}:${seconds.padStart(2, '0')}.${fraction.padEnd(3, '0')}`;
}

function cueLine(line: string): string {
  return line
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/-->/g, '--&gt;')
    .trimEnd();
}
