import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';

type DownloadHandlers = Pick<
  Handlers,
  'downloads.start' | 'downloads.cancel' | 'downloads.retryFailed' | 'downloads.dismiss'
>;

/** Placeholder until download jobs land. */
export function createDownloadHandlers(): DownloadHandlers {
  const later = () => Promise.reject(new RequestError('unknown', 'downloads are not built yet'));
  return {
    'downloads.start': later,
    'downloads.cancel': later,
    'downloads.retryFailed': later,
    'downloads.dismiss': later,
  };
}
