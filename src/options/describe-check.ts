import { t } from '../shared/i18n.ts';
import type { ConnectionCheck } from '../shared/messages.ts';

/** Seconds with at most one decimal, in the page's language ("10", "2.5"). */
function formatSeconds(ms: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000);
}

export interface CheckDescription {
  tone: 'success' | 'error';
  /** e.g. "api-drive.mypikpak.com reachable (HTTP 401, 12 ms)" */
  title: string;
  /** What the result means and what to do, for failures. */
  hint?: string;
}

/** Turns a connection check into the sentence Options › Diagnostics shows. */
export function describeCheck(check: ConnectionCheck, locale?: string): CheckDescription {
  const latency = String(Math.round(check.latencyMs));
  if (check.reachable) {
    return {
      tone: 'success',
      title:
        check.status === undefined
          ? t('diagnosticsReachableNoStatus', [check.host, latency])
          : t('diagnosticsReachable', [check.host, String(check.status), latency]),
    };
  }
  if (check.status !== undefined) {
    return {
      tone: 'error',
      title: t('diagnosticsServerError', [check.host, String(check.status)]),
      hint: t('diagnosticsServerErrorHint'),
    };
  }
  return {
    tone: 'error',
    title: t('diagnosticsUnreachable', [check.host]),
    hint: t('diagnosticsUnreachableHint', [formatSeconds(check.latencyMs, locale)]),
  };
}
