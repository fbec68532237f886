import type { DriveItem } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { LoadFailed } from '../components/ListStates.tsx';
import { shareName } from '../components/ViewLocation.tsx';
import type { FilesPage } from '../files-page.ts';
import { SHARES } from '../model/route.ts';
import type { FolderPath } from '../stores/path-store.ts';
import { ShareProblem } from './ShareProblem.tsx';
import { kindProblem, statusProblem } from './share-text.ts';

/** A share's folder on mypikpak.com: the web app's share page, at the folder when inside one. */
export const shareWebUrl = (shareId: string, folderId: string) =>
  `https://mypikpak.com/s/${encodeURIComponent(shareId)}${folderId === '' ? '' : `/${encodeURIComponent(folderId)}`}`;

/**
 * Where an item of the open share folder is, for the details panel: Shares › the share › the folders walked (every
 * item listed is in the open folder; a folder reached by an address typed in has no known path, and no row).
 */
export function shareWhere(page: FilesPage, shareId: string) {
  return {
    whereRoot: [t('sharesPlace'), shareName(page, shareId)],
    pathOf: (): Promise<FolderPath> => {
      const path = page.sharePath.peek();
      return path === undefined ? Promise.reject(new Error('The way down is not known')) : Promise.resolve(path);
    },
    webUrlOf: (item: DriveItem) => shareWebUrl(shareId, item.kind === 'folder' ? item.id : folderOf(page)),
  };
}

const folderOf = (page: FilesPage) => {
  const view = page.navigation.view.peek();
  return view.kind === 'share' ? view.id : '';
};

export type SharedFailureProps = { page: FilesPage; shareId: string; kind: ErrorKind };

/** A share's folder that could not be read: why, in the share's words (its status), with the way out. */
export function SharedFailure({ page, shareId, kind }: SharedFailureProps) {
  const summary = page.shares.summaries.value.get(shareId);
  const problem = (summary === undefined ? undefined : statusProblem(summary)) ?? kindProblem(kind);
  if (problem === undefined) {
    return (
      <LoadFailed
        kind={kind}
        online={page.online.value}
        onRetry={page.listing.reload}
        onMyDrive={() => page.navigation.go(SHARES)}
      />
    );
  }
  const wrong = summary?.status === 'pass-code-wrong';
  const needsCode = kind === 'share-pass-code' || wrong || summary?.status === 'pass-code-needed';
  return (
    <ShareProblem
      problem={problem}
      onPassCode={
        needsCode
          ? () => (page.shares.question.value = { shareId, reason: wrong ? 'pass-code-wrong' : 'pass-code-needed' })
          : undefined
      }
      onRetry={page.listing.reload}
      onShares={() => page.navigation.go(SHARES)}
    />
  );
}
