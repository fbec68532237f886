import { Music } from 'lucide-preact';
import { useEffect, useRef } from 'preact/hooks';
import type { DriveItemDetail } from '../../shared/domain.ts';
import { subtitleLabel } from '../labels.ts';
import type { Playback } from '../playback/playback.ts';
import type { Subtitles } from '../playback/subtitles.ts';
import type { PlayLimit } from '../../shared/file-transfer.ts';
import { MediaToolbar } from './MediaToolbar.tsx';
import { PartialPlayNotice } from './PartialPlayNotice.tsx';
import { PlaybackNotices } from './PlaybackNotices.tsx';

export interface MediaStageProps {
  kind: 'video' | 'audio';
  /** Undefined while the next file's detail loads: the element stays, stopped. */
  detail: DriveItemDetail | undefined;
  name: string;
  playback: Playback;
  subtitles: Subtitles;
  locale?: string;
  /** A share's file: PikPak's limit on playing it unsaved, and where the share's folder is in the file browser. */
  share?: { limit: PlayLimit | undefined; savePath: string } | undefined;
}

/** The video (or the audio layout) with the page's toolbar under it. */
export function MediaStage({ kind, detail, name, playback, subtitles, locale, share }: MediaStageProps) {
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  useEffect(() => {
    const el = media.current;
    return el === null ? undefined : playback.attach(el);
  }, [kind]);
  useEffect(() => {
    if (detail === undefined) playback.close();
    else void playback.open(detail);
  }, [detail]);
  useEffect(() => () => playback.close(), []);

  const selected = subtitles.tracks.value.find((track) => track.id === subtitles.selected.value);
  useEffect(() => {
    // A <track> added later is not shown by itself: the chosen one is set to show, the others hidden.
    const el = media.current;
    if (el === null) return;
    for (const track of Array.from(el.textTracks)) track.mode = track.id === selected?.id ? 'showing' : 'disabled';
  }, [selected?.id, selected?.src]);

  const element =
    kind === 'video' ? (
      <video
        ref={media}
        key="video"
        class="player-video"
        controls
        playsInline
        preload="metadata"
        aria-label={name}
        poster={detail?.thumbnailUrl}
      >
        {selected?.src !== undefined && (
          <track
            key={selected.id}
            id={selected.id}
            kind="subtitles"
            src={selected.src}
            default
            {...(selected.language === undefined ? {} : { srcLang: selected.language })}
            label={subtitleLabel(selected, locale)}
          />
        )}
      </video>
    ) : (
      <audio ref={media} key="audio" class="player-audio__element" controls preload="metadata" aria-label={name} />
    );

  return (
    <div class={`player-media player-media--${kind}`}>
      <div class="player-stage">
        {kind === 'video' ? (
          element
        ) : (
          <div class="player-audio">
            <div class="player-audio__art" aria-hidden="true">
              <Music />
            </div>
            <p class="player-audio__name">{name}</p>
            {element}
          </div>
        )}
      </div>
      {share !== undefined && (
        <PartialPlayNotice
          media={() => media.current}
          playback={playback}
          fileId={detail?.id}
          limit={share.limit}
          durationSeconds={detail?.video?.durationSeconds}
          savePath={share.savePath}
        />
      )}
      <PlaybackNotices playback={playback} subtitles={subtitles} download={detail?.download?.url} />
      <MediaToolbar
        kind={kind}
        playback={playback}
        subtitles={subtitles}
        media={() => media.current}
        download={detail?.download?.url}
        locale={locale}
      />
    </div>
  );
}
