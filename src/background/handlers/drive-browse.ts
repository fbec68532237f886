import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';

type DriveBrowseHandlers = Pick<
  Handlers,
  'drive.list' | 'drive.item' | 'drive.ancestors' | 'drive.rename' | 'drive.batch' | 'drive.emptyTrash'
>;

// PLACEHOLDER while the branch drive-backend builds them: every request is refused. Never merged to main as is.
const notYet = () => Promise.reject(new RequestError('unknown', 'Not built yet'));

export function createDriveBrowseHandlers(): DriveBrowseHandlers {
  return {
    'drive.list': notYet,
    'drive.item': notYet,
    'drive.ancestors': notYet,
    'drive.rename': notYet,
    'drive.batch': notYet,
    'drive.emptyTrash': notYet,
  };
}
