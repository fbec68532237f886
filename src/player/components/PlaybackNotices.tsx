import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { qualityLabel } from '../labels.ts';
import type { Playback } from '../playback/playback.ts';
import type { Subtitles } from '../playback/subtitles.ts';

/**
 * What the page tells about playback, announced as it appears: the transcode playing in place of an original the
 * browser cannot play, fresh links being fetched, and what went wrong (with Try again and the download link).
 */
export function PlaybackNotices({
  playback,
  subtitles,
  download,
}: {
  playback: Playback;
  subtitles: Subtitles;
  download: string | undefined;
}) {
  const fallback = playback.fallback.value;
  const problem = playback.problem.value;
  const failedTrack = subtitles.tracks.value.find((track) => track.id === subtitles.selected.value && track.failed);
  const retry = () => void playback.retry();
  return (
    <div class="player-notices">
      {fallback !== undefined && (
        <Notice
          tone="info"
          title={
            fallback.codec === undefined
              ? t('playerFallbackNoCodec', qualityLabel(fallback.quality))
              : t('playerFallback', [fallback.codec, qualityLabel(fallback.quality)])
          }
        />
      )}
      {playback.recovering.value && (
        <p class="player-notices__status" role="status">
          {t('playerRefreshing')}
        </p>
      )}
      {problem?.kind === 'request' && <ErrorNotice kind={problem.error} onRetry={retry} />}
      {(problem?.kind === 'cannot-play' || problem?.kind === 'no-source') && (
        <Notice
          tone="error"
          title={t(problem.kind === 'cannot-play' ? 'playerCannotPlay' : 'playerNoSource')}
          action={
            <Button variant="ghost" size="sm" onClick={retry}>
              {t('playerTryAgain')}
            </Button>
          }
        >
          {problem.kind === 'cannot-play' && download !== undefined && <p>{t('playerCannotPlayHint')}</p>}
        </Notice>
      )}
      {failedTrack !== undefined && <Notice tone="warning" title={t('playerSubtitlesFailed')} />}
    </div>
  );
}
