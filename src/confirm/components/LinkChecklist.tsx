import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { LinkToSend } from '../../shared/link-to-send.ts';

export type LinkChecklistProps = {
  links: readonly LinkToSend[];
  /** Keys the user unticked (everything starts ticked: they selected these links on purpose). */
  unticked: ReadonlySet<string>;
  onChange: (unticked: ReadonlySet<string>) => void;
};

/** What kind of link a row is, from its key (`btih:`, `ed2k:`, `url:` …), for the grey line under its name. */
function kindLabel(link: LinkToSend): string {
  if (link.url.startsWith('magnet:')) return t('linkKindMagnet');
  if (link.url.startsWith('ed2k:')) return t('linkKindEd2k');
  return new URL(link.url).host || link.url;
}

/** A "select all" box (mixed when some are ticked) and one labelled checkbox per link. */
export function LinkChecklist({ links, unticked, onChange }: LinkChecklistProps) {
  const all = useRef<HTMLInputElement>(null);
  const ticked = links.length - links.filter((link) => unticked.has(link.key)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = ticked > 0 && ticked < links.length;
  }, [ticked, links.length]);

  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    onChange(next);
  };

  return (
    <div class="checklist">
      <div class="checklist__bar">
        <label class="checklist__all">
          <input
            ref={all}
            type="checkbox"
            checked={ticked === links.length}
            onChange={(event) =>
              onChange(event.currentTarget.checked ? new Set() : new Set(links.map((link) => link.key)))
            }
          />
          {t('confirmSelectAll')}
        </label>
        <span class="checklist__count" aria-live="polite">
          {t('confirmSelectedCount', [String(ticked), String(links.length)])}
        </span>
      </div>
      <ul class="checklist__list" aria-label={t('confirmLinksLabel')}>
        {links.map((link) => (
          <li key={link.key} class="checklist__row">
            <label class="checklist__label">
              <input
                type="checkbox"
                checked={!unticked.has(link.key)}
                onChange={(event) => toggle(link.key, event.currentTarget.checked)}
              />
              <span class="checklist__text">
                <span class="checklist__name">{link.displayName}</span>
                <span class="checklist__kind">{kindLabel(link)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
