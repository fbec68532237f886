import { HardDriveDownload } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlayLimit } from '../../shared/file-transfer.ts';
import { t } from '../../shared/i18n.ts';
import { LinkButton } from '../../ui/components/LinkButton.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { stoppedAtLimit } from '../model/play-limit.ts';
import type { Playback } from '../playback/playback.ts';

export interface PartialPlayNoticeProps {
  /** The page's media element. */
  media: () => HTMLMediaElement | null;
  playback: Pick<Playback, 'problem'>;
  /** The open file (a new file starts without the notice). */
  fileId: string | undefined;
  limit: PlayLimit | undefined;
  /** PikPak's duration of the video; the element's own when absent. */
  durationSeconds: number | undefined;
  /** The file browser at the share's folder, where Save to my drive is. */
  savePath: string;
}

/**
 * A shared video PikPak stopped at its limit on playing it unsaved (../model/play-limit.ts): the notice says so and
 * leads to the share in the file browser, where the file can be saved to the drive and then played whole.
 */
export function PartialPlayNotice({
  media,
  playback,
  fileId,
  limit,
  durationSeconds,
  savePath,
}: PartialPlayNoticeProps) {
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    setEnded(false);
    const el = media();
    if (el === null || limit === undefined) return undefined;
    const onEnded = () => setEnded(stoppedAtLimit(limit, el.currentTime, durationSeconds ?? el.duration));
    el.addEventListener('ended', onEnded);
    return () => el.removeEventListener('ended', onEnded);
  }, [fileId, limit, durationSeconds]);

  // A stream the CDN cuts at the limit can also end in a failure rather than an end.
  const el = media();
  const failed =
    playback.problem.value !== undefined &&
    el !== null &&
    stoppedAtLimit(limit, el.currentTime, durationSeconds ?? el.duration);
  if (!ended && !failed) return null;
  return (
    <Notice
      tone="info"
      title={t('playerSharePartial')}
      action={
        <LinkButton href={`/${savePath}`} size="sm" icon={HardDriveDownload}>
          {t('playerSaveShareFirst')}
        </LinkButton>
      }
    />
  );
}
