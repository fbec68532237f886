import { Send } from 'lucide-preact';
import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { destinationKey, MY_PACK, type Destination, type FolderDestination } from '../../shared/destination.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { LazyFolderPicker } from '../../ui/components/LazyFolderPicker.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import type { SendActions } from '../send-actions.ts';
import type * as LineTools from './quick-add-lines.tsx';
import type { SiteRule } from '../../shared/site-rules.ts';
import { DestinationSelect } from './DestinationSelect.tsx';

export type QuickAddProps = {
  enqueue: SendActions['enqueue'];
  /** How long typing pauses before the lines are checked again. */
  debounceMs?: number;
  /** The default destination (Options › Downloads); My Pack until it is known. */
  defaultDestination?: Destination | undefined;
  /** Folders links were sent to lately, offered in "Save to". */
  recentFolders?: readonly FolderDestination[];
  /** The folders-by-website rule for the page the popup was opened on: preselected over the default. */
  rule?: SiteRule | undefined;
  /** With these, "Save to" offers "Choose folder…" (the folder picker). */
  folders?: FolderActions | undefined;
  /** What a share line's Open does (default: the file browser at the share, in a new tab). */
  openShare?: (shareId: string, passCode: string | undefined) => Promise<void>;
};

type Tools = typeof LineTools;

/**
 * The link parser (and the share lines) load once `wanted`: when the box gets focus or text, since nothing needs them
 * before typing or pasting, and most opens of the popup only look at the tasks.
 */
const loadLineTools = (): Promise<Tools> => import('./quick-add-lines.tsx');

function useLineTools(wanted: boolean): Tools | null {
  const [tools, setTools] = useState<Tools | null>(null);
  useEffect(() => {
    if (!wanted || tools !== null) return;
    loadLineTools().then(setTools, (error: unknown) => console.error('Could not load the link parser', error));
  }, [wanted, tools]);
  return tools;
}

/** The popup's quick-add box: paste links, see which lines are wrong, send the rest to the send queue. */
export function QuickAdd({
  enqueue,
  debounceMs = 150,
  defaultDestination = MY_PACK,
  recentFolders = [],
  rule,
  folders,
  openShare,
}: QuickAddProps) {
  const id = useId();
  // null: follow the page's rule, else the default (either may arrive after the popup opened).
  const [chosen, setChosen] = useState<Destination | null>(null);
  const [picked, setPicked] = useState<FolderDestination | undefined>(undefined);
  const [picking, setPicking] = useState(false);
  const destination = chosen ?? rule?.destination ?? defaultDestination;
  const [text, setText] = useState('');
  const [checkedText, setCheckedText] = useState('');
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const [error, setError] = useState<ErrorKind | null>(null);
  const current = useRef(text);
  current.current = text;

  useEffect(() => {
    if (checkedText === text) return undefined;
    const timer = setTimeout(() => setCheckedText(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text, checkedText, debounceMs]);

  const [focused, setFocused] = useState(false);
  const tools = useLineTools(focused || text !== '');
  const results = useMemo(() => (tools ? tools.parseLines(checkedText) : []), [tools, checkedText]);
  const links = useMemo(() => (tools ? tools.sendableLinks(results) : []), [tools, results]);
  const problems = results
    .map((entry) => ({ line: entry.line, text: tools?.problemText(entry) }))
    .filter((p) => p.text !== undefined);

  async function send() {
    const sentText = text;
    const lineTools = tools ?? (await loadLineTools());
    const sentResults = lineTools.parseLines(sentText);
    const toSend = lineTools.sendableLinks(sentResults);
    if (toSend.length === 0 || sending) return;
    setSending(true);
    setError(null);
    setAnswer(null);
    try {
      const result = await enqueue(toSend, destination);
      // Leave the box alone if the user changed it while the request was on its way.
      if (current.current === sentText) {
        // Checked at once: the problem list must not keep naming lines of the text that was just sent.
        const remaining = lineTools.remainingText(sentText, sentResults);
        setText(remaining);
        setCheckedText(remaining);
      }
      setAnswer(lineTools.answerText(result));
    } catch (caught) {
      setError(errorKindOf(caught));
    } finally {
      setSending(false);
    }
  }

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };
  const onInput = (event: JSX.TargetedEvent<HTMLTextAreaElement>) => {
    setText(event.currentTarget.value);
    setAnswer(null);
  };

  const summaryId = `${id}-summary`;
  const summary =
    links.length === 0
      ? checkedText.trim() === ''
        ? ''
        : t('quickAddNoneReady')
      : links.length === 1
        ? t('quickAddReadyOne')
        : t('quickAddReadyMany', String(links.length));

  return (
    <Section id="quick-add" title={t('quickAddTitle')}>
      <form class="quick-add" onSubmit={onSubmit} noValidate>
        <div class="ui-field">
          <label class="ui-field__label" for={id}>
            {t('quickAddLabel')}
          </label>
          <textarea
            id={id}
            class="ui-field__control quick-add__input"
            rows={3}
            value={text}
            placeholder={t('quickAddPlaceholder')}
            spellcheck={false}
            autocapitalize="off"
            autocorrect="off"
            aria-invalid={problems.length > 0 || undefined}
            aria-describedby={summaryId}
            onInput={onInput}
            onFocus={() => setFocused(true)}
          />
        </div>
        {problems.length > 0 && (
          <ul class="quick-add__problems" aria-label={t('quickAddProblemsLabel')}>
            {problems.map((problem, index) => (
              <li key={`${problem.line}-${index}`}>{problem.text}</li>
            ))}
          </ul>
        )}
        {tools && <tools.QuickAddShares results={results} onOpen={openShare} />}
        <DestinationSelect
          value={destination}
          defaultDestination={defaultDestination}
          recentFolders={recentFolders}
          rule={rule}
          ruleChosen={rule !== undefined && destinationKey(destination) === destinationKey(rule.destination)}
          picked={picked}
          onChange={setChosen}
          onChooseFolder={folders ? () => setPicking(true) : undefined}
        />
        <div class="quick-add__footer">
          {/* A live region: the check's outcome is spoken when typing pauses, problems included (the list above
              is painted for the eye; a screen reader would only meet it by moving there). */}
          <p id={summaryId} role="status" aria-label={t('quickAddCheckLabel')} class="quick-add__summary">
            {summary !== '' && <span class="quick-add__count">{summary}</span>}
            <span class="visually-hidden">{tools?.problemAnnouncement(summary, problems)}</span>
          </p>
          <Button
            type="submit"
            variant="primary"
            size="sm"
            icon={Send}
            busy={sending}
            disabled={links.length === 0 || sending}
          >
            {t('quickAddSend')}
          </Button>
        </div>
        <p role="status" aria-label={t('quickAddAnswerLabel')} class="quick-add__answer">
          {answer}
        </p>
        {error !== null && <ErrorNotice kind={error} />}
      </form>
      {/* Outside the form: the picker has a form of its own (new folder). */}
      {folders && (
        <LazyFolderPicker
          open={picking}
          listFolders={folders.listFolders}
          createFolder={folders.createFolder}
          onClose={() => setPicking(false)}
          onChoose={(folder) => {
            const choice: FolderDestination = { kind: 'folder', id: folder.id, name: folder.name };
            setPicked(choice);
            setChosen(choice);
            setPicking(false);
          }}
        />
      )}
    </Section>
  );
}
