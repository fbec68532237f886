import { ExternalLink } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { errorKindOf } from '../error-kind.ts';
import { Button } from './Button.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import './ShareOpenList.css';

/** One share link to offer: what the row says, and the share it opens (with the pass code the text gave). */
export interface ShareOpenRow {
  key: string;
  /** The row's sentence ("Line 2: PikPak share mypikpak.com/s/VO…"). */
  text: string;
  /** `mypikpak.com/s/<id>`, for the button's accessible name. */
  displayName: string;
  shareId: string;
  passCode?: string | undefined;
}

export type ShareOpenListProps = {
  /** The list's accessible name. */
  label: string;
  rows: readonly ShareOpenRow[];
  /** Opens the share in the file browser (remembering its pass code first). */
  onOpen: (shareId: string, passCode: string | undefined) => Promise<void>;
};

/**
 * Share links found among links to send (quick add's lines, a selection): they are not sent; each row says it is a
 * share and offers Open, which opens the file browser at it.
 */
export function ShareOpenList({ label, rows, onOpen }: ShareOpenListProps) {
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<ErrorKind | null>(null);
  const open = (row: ShareOpenRow) => {
    setOpening(row.key);
    setError(null);
    onOpen(row.shareId, row.passCode)
      .catch((caught: unknown) => setError(errorKindOf(caught)))
      .finally(() => setOpening(null));
  };
  return (
    <div class="share-open">
      <ul class="share-open__list" aria-label={label}>
        {rows.map((row) => (
          <li key={row.key} class="share-open__row">
            <span class="share-open__text">{row.text}</span>
            <Button
              size="sm"
              icon={ExternalLink}
              busy={opening === row.key}
              aria-label={t('openShareLabel', row.displayName)}
              onClick={() => open(row)}
            >
              {t('actionOpenShare')}
            </Button>
          </li>
        ))}
      </ul>
      {error !== null && <ErrorNotice kind={error} />}
    </div>
  );
}
