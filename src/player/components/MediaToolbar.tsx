import { Captions, Download, Gauge, PictureInPicture2, Settings2 } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { Select } from '../../ui/components/Select.tsx';
import { qualityLabel, speedLabel, SPEEDS, subtitleLabel } from '../labels.ts';
import type { Playback } from '../playback/playback.ts';
import type { Subtitles } from '../playback/subtitles.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

export interface MediaToolbarProps {
  kind: 'video' | 'audio';
  playback: Playback;
  subtitles: Subtitles;
  media: () => HTMLMediaElement | null;
  download: string | undefined;
  locale: string | undefined;
}

const OFF = 'off';

/** What the native controls lack: quality, speed, subtitles, picture-in-picture and a download link. */
export function MediaToolbar({ kind, playback, subtitles, media, download, locale }: MediaToolbarProps) {
  const sources = playback.sources.value;
  const current = playback.current.value;
  const tracks = subtitles.tracks.value;
  const pip = usePictureInPicture(media, kind === 'video');
  return (
    <div class="player-toolbar" role="toolbar" aria-label={t('playerToolbarLabel')}>
      {sources.length > 1 && current !== undefined && (
        <Select
          label={t('playerQuality')}
          icon={Settings2}
          value={current.id}
          options={sources.map((source) => ({ value: source.id, label: qualityLabel(source) }))}
          onChange={(id) => void playback.choose(id)}
        />
      )}
      <Select
        label={t('playerSpeed')}
        icon={Gauge}
        value={String(playback.rate.value)}
        options={SPEEDS.map((speed) => ({ value: String(speed), label: speedLabel(speed, locale) }))}
        onChange={(value) => playback.setRate(Number(value))}
      />
      {tracks.length > 0 && (
        <Select
          label={t('playerSubtitles')}
          icon={Captions}
          value={subtitles.selected.value ?? OFF}
          options={[
            { value: OFF, label: t('playerSubtitlesOff') },
            ...tracks.map((track) => ({ value: track.id, label: subtitleLabel(track, locale) })),
          ]}
          onChange={(value) => subtitles.select(value === OFF ? undefined : value)}
        />
      )}
      {pip.available && (
        <IconButton
          label={t('playerPictureInPicture')}
          icon={PictureInPicture2}
          pressed={pip.active}
          onClick={pip.toggle}
        />
      )}
      <span class="player-toolbar__spacer" />
      <ShortcutsHelp mode="media" />
      {download !== undefined && (
        <a class="ui-button ui-button--ghost ui-button--sm" href={download} download>
          <Download class="ui-button__icon" aria-hidden="true" />
          <span class="ui-button__label">{t('playerDownload')}</span>
        </a>
      )}
    </div>
  );
}

/** Picture-in-picture for the video, following the browser's own state (its window can be closed from outside). */
function usePictureInPicture(media: () => HTMLMediaElement | null, isVideo: boolean) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const el = media();
    if (!isVideo || el === null) return;
    const enter = () => setActive(true);
    const leave = () => setActive(false);
    el.addEventListener('enterpictureinpicture', enter);
    el.addEventListener('leavepictureinpicture', leave);
    return () => {
      el.removeEventListener('enterpictureinpicture', enter);
      el.removeEventListener('leavepictureinpicture', leave);
    };
  }, [isVideo]);
  const available = isVideo && typeof document !== 'undefined' && document.pictureInPictureEnabled === true;
  return {
    available,
    active,
    toggle: () => {
      const el = media();
      if (!(el instanceof HTMLVideoElement)) return;
      const action = document.pictureInPictureElement ? document.exitPictureInPicture() : el.requestPictureInPicture();
      action.catch((error: unknown) => console.warn('Picture-in-picture refused', error));
    },
  };
}
