import { t } from '../../shared/i18n.ts';
import type { LinkToSend } from '../../shared/link-to-send.ts';
import type { EnqueueAnswer } from '../send-actions.ts';
import type { LineResult, ShareLink } from '../../shared/links/index.ts';
import { rejectReasonKey } from '../../shared/links/reason-text.ts';
import { ShareOpenList } from '../../ui/components/ShareOpenList.tsx';
import { openShareTab } from '../../ui/open-share.ts';

/**
 * Quick add's line tools, loaded after the popup's first paint (nothing needs them before the user types): the link
 * parser, and the share lines, which are not sent but opened in the file browser. Everything about shares lives
 * here, so the popup's first load carries none of it.
 */
export { parseLines } from '../../shared/links/lines.ts';

/**
 * A sentence for each line that will not be sent as it is; none for good lines and shares (they offer Open). Here
 * with the parser: there are lines to describe only once it has run.
 */
export function problemText({ line, result, duplicateOf }: LineResult): string | undefined {
  const where = String(line);
  if (!result.ok) return t('quickAddLineProblem', [where, t(rejectReasonKey(result.reason))]);
  if (duplicateOf !== undefined) return t('quickAddLineDuplicate', [where, String(duplicateOf)]);
  return undefined;
}

type ShareLine = LineResult & { result: ShareLink };

/** The share links of the box, each once (a repeated one is flagged as a repeat, like any link). */
function shareLines(results: readonly LineResult[]): ShareLine[] {
  return results.filter(
    (entry): entry is ShareLine =>
      entry.result.ok && entry.result.kind === 'pikpak-share' && entry.duplicateOf === undefined,
  );
}

export type QuickAddSharesProps = {
  results: readonly LineResult[];
  /** Default: the file browser at the share in a new tab, its pass code remembered first; the popup then closes. */
  onOpen?: ((shareId: string, passCode: string | undefined) => Promise<void>) | undefined;
};

async function openAndClose(shareId: string, passCode: string | undefined): Promise<void> {
  await openShareTab(shareId, passCode);
  window.close();
}

/** Each share line says it is a share and offers Open; a live region says how many there are. */
export function QuickAddShares({ results, onOpen = openAndClose }: QuickAddSharesProps) {
  const lines = shareLines(results);
  const count = lines.length;
  return (
    <>
      {/* Always there once loaded: a live region must exist before its text changes to be read out. */}
      <p role="status" aria-label={t('quickAddSharesLabel')} class="visually-hidden">
        {count === 0 ? '' : count === 1 ? t('quickAddSharesOne') : t('quickAddSharesMany', String(count))}
      </p>
      {count > 0 && (
        <ShareOpenList
          label={t('quickAddSharesLabel')}
          rows={lines.map(({ line, result }) => ({
            key: `${line}:${result.key}`,
            text: t('quickAddShareLine', [String(line), result.displayName]),
            displayName: result.displayName,
            shareId: result.shareId,
            passCode: result.passCode,
          }))}
          onOpen={onOpen}
        />
      )}
    </>
  );
}

/** The links to send: accepted, sendable and not a repeat of an earlier line. */
export function sendableLinks(results: readonly LineResult[]): LinkToSend[] {
  const links: LinkToSend[] = [];
  for (const { result, duplicateOf } of results) {
    if (result.ok && result.sendable && duplicateOf === undefined) {
      links.push({ url: result.url, key: result.key, displayName: result.displayName });
    }
  }
  return links;
}

const isSent = ({ result }: LineResult) => result.ok && result.sendable;

/**
 * The box once its sendable links are queued: the lines that held only sendable links (or repeats) go, the others
 * stay for the user to fix, without the links of theirs that were sent.
 */
export function remainingText(text: string, results: readonly LineResult[]): string {
  const byLine = new Map<number, LineResult[]>();
  for (const entry of results) byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry]);
  const kept: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const entries = byLine.get(index + 1);
    if (entries === undefined || entries.every(isSent)) return;
    let line = raw.trim();
    for (const entry of entries) if (isSent(entry)) line = line.replace(entry.input, ' ');
    line = line.replace(/\s+/g, ' ').trim();
    if (line !== '') kept.push(line);
  });
  return kept.join('\n');
}

export function answerText({ added, alreadyQueued }: EnqueueAnswer): string {
  const parts: string[] = [];
  if (added > 0 || alreadyQueued === 0)
    parts.push(added === 1 ? t('quickAddQueuedOne') : t('quickAddQueuedMany', String(added)));
  if (alreadyQueued > 0) parts.push(t('quickAddAlreadyQueued', String(alreadyQueued)));
  return parts.join(' · ');
}

/** What a screen reader hears after the count of links ready: how many lines will not be sent, and why. */
export function problemAnnouncement(summary: string, problems: readonly { text?: string | undefined }[]): string {
  if (problems.length === 0) return '';
  const count = problems.length === 1 ? t('quickAddProblemsOne') : t('quickAddProblemsMany', String(problems.length));
  return `${summary === '' ? '' : '. '}${count}: ${problems.map((problem) => problem.text).join('; ')}`;
}
