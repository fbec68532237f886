import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';

type ShareHandlers = Pick<
  Handlers,
  'shares.open' | 'shares.list' | 'shares.links' | 'shares.restore' | 'shares.forget'
>;

/** Placeholder until the share handlers land. */
export function createShareHandlers(): ShareHandlers {
  const later = () => Promise.reject(new RequestError('unknown', 'shares are not built yet'));
  return {
    'shares.open': later,
    'shares.list': later,
    'shares.links': later,
    'shares.restore': later,
    'shares.forget': later,
  };
}
