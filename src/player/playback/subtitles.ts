import { signal } from '@preact/signals';
import type { DriveItemDetail } from '../../shared/domain.ts';
import type { SubtitleFile } from '../model/folder.ts';
import { toWebVtt } from '../model/subtitles-text.ts';

/**
 * The subtitle files found beside a video (../model/folder.ts), as text tracks: the chosen one is fetched through a
 * fresh link (its own `drive.item`), converted to WebVTT and handed to the element as a `blob:` URL (the extension
 * pages' policy restricts scripts, not media). The first is on by default; turning subtitles off is remembered for
 * the next files of the page.
 */
export interface SubtitleTrack {
  id: string;
  /** The language tag of a `name.en.srt` file. */
  language?: string;
  /** The file's name, for a label when there is no language. */
  name: string;
  /** A `blob:` URL of the WebVTT text, once fetched. */
  src?: string;
  failed?: boolean;
}

export interface SubtitleDeps {
  fetchDetail(id: string): Promise<DriveItemDetail>;
  fetchBytes(url: string): Promise<ArrayBuffer>;
  makeUrl(vtt: string): string;
  revokeUrl(url: string): void;
}

export type Subtitles = ReturnType<typeof createSubtitles>;

export function createSubtitles(deps: SubtitleDeps) {
  const tracks = signal<SubtitleTrack[]>([]);
  const selected = signal<string | undefined>(undefined);
  let wanted = true;
  let lastChosen: string | undefined;

  const update = (id: string, change: Partial<SubtitleTrack>) => {
    tracks.value = tracks.value.map((track) => (track.id === id ? { ...track, ...change } : track));
  };

  async function fetchTrack(id: string): Promise<void> {
    const track = tracks.value.find((candidate) => candidate.id === id);
    if (track === undefined || track.src !== undefined) return;
    try {
      const detail = await deps.fetchDetail(id);
      if (detail.download === undefined) throw new Error('no link for the subtitle file');
      const vtt = toWebVtt(decodeSubtitle(await deps.fetchBytes(detail.download.url)));
      if (!tracks.value.some((candidate) => candidate.id === id)) return;
      update(id, { src: deps.makeUrl(vtt), failed: false });
    } catch (error) {
      console.warn('Could not load the subtitles', error);
      update(id, { failed: true });
    }
  }

  function select(id: string | undefined): void {
    selected.value = id;
    wanted = id !== undefined;
    if (id !== undefined) {
      lastChosen = id;
      void fetchTrack(id);
    }
  }

  return {
    tracks,
    selected,
    /** The subtitle files of a newly opened video (none for other files). */
    setFiles(files: readonly SubtitleFile[]): void {
      for (const track of tracks.value) if (track.src !== undefined) deps.revokeUrl(track.src);
      tracks.value = files.map(({ item, language }) => ({
        id: item.id,
        name: item.name,
        ...(language === undefined ? {} : { language }),
      }));
      const first = tracks.value[0]?.id;
      lastChosen = first;
      selected.value = wanted ? first : undefined;
      if (selected.value !== undefined) void fetchTrack(selected.value);
    },
    select,
    /** The `c` key: off, or back on with the last choice. */
    toggle(): void {
      select(selected.value === undefined ? (lastChosen ?? tracks.value[0]?.id) : undefined);
    },
  };
}

/**
 * Subtitle text from its bytes: UTF-16 by its byte-order mark, UTF-8 when valid, else GB 18030, the encoding of most
 * Chinese subtitle files that are not UTF-8 (it decodes any byte sequence, so it is the last resort).
 */
export function decodeSubtitle(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
