import { describeError, isErrorKind } from '../../shared/errors.ts';
import type { TransferFailure } from '../../shared/file-transfer.ts';
import { t } from '../../shared/i18n.ts';

/** Most failures listed; the rest are counted. */
const SHOWN = 50;

/** Files that could not be taken out, each with the reason (the error's sentence, and the browser's code if any). */
export function FailureList({
  failures,
}: {
  failures: readonly Pick<TransferFailure, 'id' | 'path' | 'kind' | 'message'>[];
}) {
  const more = failures.length - SHOWN;
  return (
    <ul class="files-failures" aria-label={t('transferFailuresLabel')}>
      {failures.slice(0, SHOWN).map((failure) => (
        <li key={failure.id} class="files-failures__item">
          <span class="files-failures__path">{failure.path}</span>
          <span class="files-failures__reason">{reasonOf(failure)}</span>
        </li>
      ))}
      {more > 0 && <li class="files-failures__more">{t('transferMoreFailures', String(more))}</li>}
    </ul>
  );
}

function reasonOf({ kind, message }: Pick<TransferFailure, 'kind' | 'message'>): string {
  const sentence = t(describeError(isErrorKind(kind) ? kind : 'unknown').messageKey);
  // The browser's interrupt reason (SERVER_FORBIDDEN, NETWORK_FAILED…) tells a user or a bug report what happened.
  return kind === 'download-interrupted' ? `${sentence} (${message})` : sentence;
}
