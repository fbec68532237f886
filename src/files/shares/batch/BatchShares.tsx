import { ExternalLink } from 'lucide-preact';
import { t } from '../../../shared/i18n.ts';
import { shareLinksIn } from '../../../shared/links/index.ts';
import { Button } from '../../../ui/components/Button.tsx';

export type BatchSharesProps = {
  /** The text the user pasted, holding two or more share links (with their pass codes). */
  text: string;
  /** Opens one of the shares in the file browser. */
  onOpen: (shareId: string) => void;
};

/**
 * Many shares at once (the Shares box holds two or more links). A placeholder that lists them, each with Open: the
 * shares-batch work replaces its body and keeps these props.
 */
export function BatchShares({ text, onOpen }: BatchSharesProps) {
  const links = shareLinksIn(text);
  return (
    <section class="files-shares__batch" aria-label={t('sharesBatchTitle')}>
      <h3 class="files-shares__subheading">{t('sharesBatchTitle')}</h3>
      <ul class="files-shares__batch-list">
        {links.map((link) => (
          <li key={link.shareId} class="files-shares__batch-item">
            <code class="files-shares__batch-link">{link.displayName}</code>
            <Button size="sm" icon={ExternalLink} onClick={() => onOpen(link.shareId)}>
              {t('sharesBatchOpen', link.shareId)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
