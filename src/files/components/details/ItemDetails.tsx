import { ExternalLink, Star } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ByteCount, DriveItem } from '../../../shared/domain.ts';
import { t } from '../../../shared/i18n.ts';
import { PIKPAK_WEB_URL } from '../../../shared/pages.ts';
import { CopyButton } from '../../../ui/components/CopyButton.tsx';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { formatCount, formatDateTime, kindName } from '../../format.ts';
import { kindOf } from '../../model/file-kind.ts';
import type { FolderPath } from '../../stores/path-store.ts';
import { FileIcon } from '../FileIcon.tsx';

export type ItemDetailsProps = {
  item: DriveItem;
  /** The path of a folder (the item's parent), from memory or asked once. */
  pathOf: (folderId: string) => Promise<FolderPath>;
  locale: string | undefined;
  /** The places before the path in "Where"; My Drive by default. */
  whereRoot?: readonly string[];
  /** The item's page on mypikpak.com; its folder in the web app's drive by default. */
  webUrlOf?: (item: DriveItem) => string;
};

function Field(props: { label: string; children: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="files-details__field">
      <dt>{props.label}</dt>
      <dd>
        <span class="files-details__value">{props.children}</span>
        {props.action}
      </dd>
    </div>
  );
}

/** The item's folder on mypikpak.com: the web app's drive at the parent folder (the root has no id). */
const webAppUrl = (item: DriveItem) => (item.parentId ? `${PIKPAK_WEB_URL}/${item.parentId}` : PIKPAK_WEB_URL);

/** Every digit of a size, grouped ("1,288,490,189"): from PikPak's own decimal string, exact beyond 2^53. */
export function exactBytes(size: ByteCount, locale: string | undefined): string {
  return /^\d+$/.test(size.exact) ? BigInt(size.exact).toLocaleString(locale) : formatCount(size.bytes, locale);
}

/** Everything known about one item: kind, exact size, dates, hash, where it came from and where it is. */
export function ItemDetails({ item, pathOf, locale, whereRoot, webUrlOf = webAppUrl }: ItemDetailsProps) {
  const root = whereRoot ?? [t('driveRoot')];
  const [where, setWhere] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setWhere(undefined);
    pathOf(item.parentId).then(
      (path) => live && setWhere([...root, ...path.map((folder) => folder.name)].join(' › ')),
      // Not known (the folder is gone, or offline): the row is left out rather than wrong.
      () => live && setWhere(''),
    );
    return () => {
      live = false;
    };
  }, [item.parentId, pathOf, root.join('\n')]);
  const copied = t('filesDetailsCopied');
  return (
    <>
      <div class="files-details__head">
        <FileIcon item={item} class="files-details__icon" />
        <h3 class="files-details__name">{item.name}</h3>
        {item.starred && <Star class="files-details__star" aria-label={t('filesStarred')} role="img" />}
      </div>
      <dl class="files-details__fields">
        <Field label={t('filesDetailsKind')}>
          {kindName(kindOf(item))}
          {item.trashed ? ` · ${t('filesDetailsInTrash')}` : ''}
        </Field>
        {item.kind === 'file' && (
          <Field label={t('filesColumnSize')}>
            {formatBytes(item.size.bytes, locale)}
            <span class="files-details__exact">{t('filesDetailsBytes', exactBytes(item.size, locale))}</span>
          </Field>
        )}
        {item.createdAt !== undefined && (
          <Field label={t('filesDetailsCreated')}>{formatDateTime(item.createdAt, locale)}</Field>
        )}
        {item.modifiedAt !== undefined && (
          <Field label={t('filesColumnModified')}>{formatDateTime(item.modifiedAt, locale)}</Field>
        )}
        {where !== '' && <Field label={t('filesDetailsWhere')}>{where ?? '…'}</Field>}
        {item.hash && (
          <Field
            label={t('filesDetailsHash')}
            action={<CopyButton text={item.hash} label={t('filesDetailsCopyHash')} doneLabel={copied} />}
          >
            <code class="files-details__code">{item.hash}</code>
          </Field>
        )}
        {item.sourceUrl && (
          <Field
            label={t('filesDetailsSource')}
            action={<CopyButton text={item.sourceUrl} label={t('filesDetailsCopySource')} doneLabel={copied} />}
          >
            <code class="files-details__code">{item.sourceUrl}</code>
          </Field>
        )}
      </dl>
      <a class="files-details__web" href={webUrlOf(item)} target="_blank" rel="noopener noreferrer">
        {t('filesDetailsOpenWeb')}
        <ExternalLink class="files-details__web-icon" aria-hidden="true" />
      </a>
    </>
  );
}
