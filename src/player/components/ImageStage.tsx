import { Download, ImageOff, Maximize } from 'lucide-preact';
import { useRef, useState } from 'preact/hooks';
import type { DriveItemDetail } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { toggleFullscreen } from '../keyboard.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

/** An image, fitted to the window on a dark stage; the header's previous and next go through the folder's images. */
export function ImageStage({ detail, name }: { detail: DriveItemDetail | undefined; name: string }) {
  const stage = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const url = detail?.download?.url;
  return (
    <div class="player-media player-media--image">
      <div class="player-stage player-stage--image" ref={stage} aria-busy={url === undefined}>
        {url !== undefined && failed !== url && (
          <img key={url} class="player-image" src={url} alt={name} decoding="async" onError={() => setFailed(url)} />
        )}
        {url !== undefined && failed === url && (
          <p class="player-stage__message" role="alert">
            <ImageOff aria-hidden="true" />
            {t('playerImageFailed')}
          </p>
        )}
      </div>
      <div class="player-toolbar" role="toolbar" aria-label={t('playerToolbarLabel')}>
        <IconButton
          label={t('playerFullscreen')}
          icon={Maximize}
          onClick={() => stage.current && toggleFullscreen(stage.current)}
        />
        <span class="player-toolbar__spacer" />
        <ShortcutsHelp mode="image" />
        {url !== undefined && (
          <a class="ui-button ui-button--ghost ui-button--sm" href={url} download>
            <Download class="ui-button__icon" aria-hidden="true" />
            <span class="ui-button__label">{t('playerDownload')}</span>
          </a>
        )}
      </div>
    </div>
  );
}
