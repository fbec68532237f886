import { FileQuestion, LoaderCircle } from 'lucide-preact';
import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { PlayLimit } from '../shared/file-transfer.ts';
import { FILES_PAGE, filesPagePath, sharePagePath } from '../shared/pages.ts';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { ErrorNotice } from '../ui/components/ErrorNotice.tsx';
import { LinkButton } from '../ui/components/LinkButton.tsx';
import { ImageStage } from './components/ImageStage.tsx';
import { MediaStage } from './components/MediaStage.tsx';
import { PlayerHeader } from './components/PlayerHeader.tsx';
import { listenToKeys } from './keyboard.ts';
import type { Playback } from './playback/playback.ts';
import type { Subtitles } from './playback/subtitles.ts';
import type { PlayerPage } from './player-page.ts';

export interface PlayerAppProps {
  page: PlayerPage;
  playback: Playback;
  subtitles: Subtitles;
  locale?: string;
  /** For a share's file: PikPak's limit on playing it unsaved, as its link said. */
  playLimitOf?: ((id: string) => PlayLimit | undefined) | undefined;
}

/** The player page: a header with the folder's previous and next, then the video, the audio or the image. */
export function PlayerApp({ page, playback, subtitles, locale, playLimitOf }: PlayerAppProps) {
  const item = page.item.value;
  const detail = page.detail.value;
  const kind = page.kind.value;
  const subtitleFiles = page.subtitleFiles.value;
  const share = page.share;
  // Back, and Save to my drive, lead to the folder the file is in: the share's, or the drive's.
  const folderPath = share ? sharePagePath(share.shareId, share.folderId || undefined) : filesPagePath(item?.parentId);

  useEffect(() => {
    document.title = `${item?.name ?? t('playerTitle')} – ${t('extName')}`;
  }, [item?.name]);
  useEffect(() => subtitles.setFiles(subtitleFiles), [subtitleFiles]);
  useEffect(
    () =>
      listenToKeys(
        window,
        page,
        subtitles,
        () => playback.element(),
        () => playback.element() ?? document.querySelector('.player-stage'),
      ),
    [],
  );

  return (
    <div class="player">
      <PlayerHeader
        item={item}
        neighbours={page.neighbours.value}
        onOpen={(next) => page.open(next)}
        backPath={folderPath}
      />
      <main class="player-main">{body()}</main>
    </div>
  );

  function body() {
    if (page.id.value === undefined) {
      return (
        <EmptyState
          icon={FileQuestion}
          title={t('playerNoFile')}
          actions={<LinkButton href={`/${FILES_PAGE}`}>{t('playerOpenFiles')}</LinkButton>}
        />
      );
    }
    const error = page.error.value;
    if (error !== undefined) {
      return (
        <div class="player-message">
          <ErrorNotice kind={error} onRetry={() => page.retry()} />
        </div>
      );
    }
    if (kind === undefined || item === undefined) {
      return (
        <p class="player-message player-loading" role="status">
          <LoaderCircle class="ui-spin" aria-hidden="true" />
          {t('playerLoading')}
        </p>
      );
    }
    if (kind === 'video' || kind === 'audio') {
      return (
        <MediaStage
          kind={kind}
          detail={detail}
          name={item.name}
          playback={playback}
          subtitles={subtitles}
          locale={locale}
          share={share && { limit: detail && playLimitOf?.(detail.id), savePath: folderPath }}
        />
      );
    }
    if (kind === 'image') return <ImageStage detail={detail} name={item.name} />;
    return (
      <EmptyState
        icon={FileQuestion}
        title={t('playerNotPreviewable')}
        actions={
          detail?.download && (
            <LinkButton href={detail.download.url} download>
              {t('playerDownload')}
            </LinkButton>
          )
        }
      />
    );
  }
}
