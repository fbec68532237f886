import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';

type Aria2Handlers = Pick<Handlers, 'aria2.test' | 'aria2.send'>;

/** Placeholder until the aria2 client lands. */
export function createAria2Handlers(): Aria2Handlers {
  return {
    'aria2.test': () => Promise.reject(new RequestError('unknown', 'aria2 is not built yet')),
    'aria2.send': () => Promise.reject(new RequestError('unknown', 'aria2 is not built yet')),
  };
}
