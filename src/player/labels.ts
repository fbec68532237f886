import { t } from '../shared/i18n.ts';
import { cachedIntl } from '../ui/intl-cache.ts';
import type { Source } from './model/sources.ts';
import type { SubtitleTrack } from './playback/subtitles.ts';

/** The player's words for its choices: qualities, speeds and subtitle tracks. */

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export function speedLabel(speed: number, locale?: string): string {
  return `${cachedIntl(`speed:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(speed)}×`;
}

/** "Original (1080P)", "720P"; a transcode without a resolution name by its height. */
export function qualityLabel(source: Source): string {
  const resolution = source.resolution ?? (source.height ? `${source.height}P` : undefined);
  if (source.kind === 'original') {
    return resolution === undefined ? t('playerQualityOriginal') : t('playerQualityOriginalWith', resolution);
  }
  return resolution ?? t('playerQualityOther');
}

/** A track by its language in the page's language ("English"), else by its file name. */
export function subtitleLabel(track: SubtitleTrack, locale?: string): string {
  if (track.language === undefined) return track.name;
  try {
    const names = cachedIntl(`lang:${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));
    return names.of(track.language) ?? track.language;
  } catch {
    return track.language; // Not a tag Intl knows.
  }
}
