import { KeyRound, RotateCcw, X } from 'lucide-preact';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../shared/i18n.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { IconButton } from '../../../ui/components/IconButton.tsx';
import { Pill } from '../../../ui/components/Pill.tsx';
import { TextField } from '../../../ui/components/TextField.tsx';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { formatCount } from '../../format.ts';
import type { BatchRow } from './batch-store.ts';
import { categoryOf, nameOf, pikpakText, saveText, statusLabel, toneOf, wantsPassCode } from './batch-text.ts';

export interface RowActions {
  open: (shareId: string) => void;
  /** The pass code the user typed for a share; it is opened again with it. */
  passCode: (shareId: string, code: string) => void;
  retryOpen: (shareId: string) => void;
  remove: (shareId: string) => void;
}

/** The inline pass-code field of one row: focused when it appears; Escape or Cancel closes it. */
function PassCodeForm({
  name,
  onSubmit,
  onCancel,
}: {
  name: string;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const field = useRef<HTMLElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (trimmed !== '') return onSubmit(trimmed);
    setError(t('sharesManyPassCodeRequired'));
    field.current?.focus();
  };
  return (
    <form
      class="share-batch__code"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The Shares view may sit in a dialog one day: Escape closes the field, not what holds it.
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <TextField
        label={t('sharesManyPassCodeField', name)}
        value={code}
        onInput={(value) => {
          setCode(value);
          setError(undefined);
        }}
        code
        autocomplete="off"
        error={error}
        inputRef={field}
      />
      <div class="share-batch__code-actions">
        <Button type="submit" size="sm" variant="primary">
          {t('sharesManyPassCodeOpen')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {t('actionCancel')}
        </Button>
      </div>
    </form>
  );
}

function ShareRow(props: {
  row: BatchRow;
  editing: boolean;
  setEditing: (shareId: string | null) => void;
  actions: RowActions;
  locale?: string | undefined;
}) {
  const { row, editing, setEditing, actions, locale } = props;
  const category = categoryOf(row);
  const name = nameOf(row);
  const summary = row.open.phase === 'open' ? row.open.summary : undefined;
  const busy = category === 'opening' || row.save.phase === 'saving';
  const saved = saveText(row);
  const note = pikpakText(row);
  return (
    <tr class="share-batch__row" data-share={row.shareId} aria-busy={busy || undefined}>
      <th scope="row" class="share-batch__name">
        <span class="share-batch__title">{name}</span>
        {name !== row.shareId && <span class="share-batch__id">{row.shareId}</span>}
      </th>
      <td class="share-batch__number">
        {summary?.fileCount === undefined ? '—' : formatCount(summary.fileCount, locale)}
      </td>
      <td class="share-batch__number">{summary?.size ? formatBytes(summary.size, locale) : '—'}</td>
      <td class="share-batch__status">
        <Pill tone={toneOf(category)} dot>
          {statusLabel(category)}
        </Pill>
        {note !== undefined && <span class="share-batch__note">{note}</span>}
        {saved !== undefined && <span class={`share-batch__save share-batch__save--${row.save.phase}`}>{saved}</span>}
      </td>
      <td class="share-batch__actions">
        {editing ? (
          <PassCodeForm
            name={name}
            onSubmit={(code) => {
              setEditing(null);
              actions.passCode(row.shareId, code);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div class="share-batch__buttons">
            {(category === 'ready' || category === 'own') && (
              <Button size="sm" aria-label={t('sharesManyOpenLabel', name)} onClick={() => actions.open(row.shareId)}>
                {t('sharesManyOpen')}
              </Button>
            )}
            {wantsPassCode(category) && (
              <Button
                size="sm"
                icon={KeyRound}
                aria-label={t('sharesManyEnterPassCodeLabel', name)}
                onClick={() => setEditing(row.shareId)}
              >
                {t('sharesManyEnterPassCode')}
              </Button>
            )}
            {category === 'failed' && (
              <Button
                size="sm"
                icon={RotateCcw}
                aria-label={t('sharesManyTryAgainLabel', name)}
                onClick={() => actions.retryOpen(row.shareId)}
              >
                {t('sharesManyTryAgain')}
              </Button>
            )}
            <IconButton
              icon={X}
              size="sm"
              label={t('sharesManyRemoveLabel', name)}
              onClick={() => actions.remove(row.shareId)}
            />
          </div>
        )}
      </td>
    </tr>
  );
}

/**
 * One row per share: title, file count, size, status (and its save), and what can be done with it. Focus never falls
 * to the page: a closed pass-code field gives it back to its row, a removed row to the next one (or `onEmptied`).
 */
export function BatchTable(props: {
  rows: readonly BatchRow[];
  actions: RowActions;
  onEmptied: () => void;
  locale?: string | undefined;
}) {
  const { rows, actions, onEmptied, locale } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState<{ shareId: string } | null>(null);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (focusRow === null) return;
    const row = [...(table.current?.rows ?? [])].find((each) => each.dataset['share'] === focusRow.shareId);
    row?.querySelector<HTMLElement>('button, input')?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const rowActions: RowActions = {
    ...actions,
    remove(shareId) {
      const index = rows.findIndex((row) => row.shareId === shareId);
      const next = rows[index + 1] ?? rows[index - 1];
      actions.remove(shareId);
      if (next) setFocusRow({ shareId: next.shareId });
      else onEmptied();
    },
  };
  const edit = (shareId: string | null) => {
    if (shareId === null && editing !== null) setFocusRow({ shareId: editing });
    setEditing(shareId);
  };

  return (
    <table class="share-batch__table" ref={table}>
      {/* The heading above says it for the eye; the caption names the table for screen readers. */}
      <caption class="visually-hidden">{t('sharesManyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sharesManyColumnShare')}</th>
          <th scope="col" class="share-batch__number">
            {t('sharesManyColumnFiles')}
          </th>
          <th scope="col" class="share-batch__number">
            {t('sharesManyColumnSize')}
          </th>
          <th scope="col">{t('sharesManyColumnStatus')}</th>
          <th scope="col">{t('sharesManyColumnActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ShareRow
            key={row.shareId}
            row={row}
            editing={editing === row.shareId}
            setEditing={edit}
            actions={rowActions}
            locale={locale}
          />
        ))}
      </tbody>
    </table>
  );
}
