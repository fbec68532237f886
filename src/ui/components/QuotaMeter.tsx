import type { Quota } from '../../shared/account.ts';
import { t } from '../../shared/i18n.ts';
import { formatBytes } from '../format-bytes.ts';

export type QuotaMeterProps = {
  quota: Quota;
  /** The language for the numbers; the page's by default. */
  locale?: string | undefined;
  /** `bar-first` puts the bar above the text (the options card); the popup writes the text first. */
  layout?: 'text-first' | 'bar-first';
};

/** Share of the limit in use, 0–100; undefined without a limit. */
function percentUsed({ usedBytes, limitBytes }: Quota): number | undefined {
  if (limitBytes === undefined || !(limitBytes > 0)) return undefined;
  return Math.min(100, Math.max(0, (usedBytes / limitBytes) * 100));
}

/** "1.2 GB of 10 GB" and a slim bar, a meter named "Storage used". Amber from 90 %. */
export function QuotaMeter({ quota, locale, layout = 'text-first' }: QuotaMeterProps) {
  const used = formatBytes(quota.usedBytes, locale);
  const percent = percentUsed(quota);
  const text =
    percent === undefined
      ? t('accountQuotaNoLimit', [used])
      : t('accountQuota', [used, formatBytes(quota.limitBytes ?? 0, locale)]);
  const full = percent !== undefined && percent >= 90;
  return (
    <div class={`ui-quota ui-quota--${layout}${full ? ' ui-quota--full' : ''}`}>
      <span class="ui-quota__text">{text}</span>
      {percent !== undefined && (
        <span
          class="ui-quota__track"
          role="meter"
          aria-label={t('accountStorageLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(percent)}
          aria-valuetext={text}
        >
          {/* At least a sliver, so a nearly empty drive still shows where the bar starts. */}
          <span class="ui-quota__fill" style={{ width: `${Math.max(percent, 1.5)}%` }} />
        </span>
      )}
    </div>
  );
}
