import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quota } from '../../shared/account.ts';
import type { DriveItem } from '../../shared/domain.ts';
import { MY_DRIVE } from '../../shared/drive-view.ts';
import { t } from '../../shared/i18n.ts';
import type { FileCommandContext, FileCommandName, FileCommands } from '../commands.ts';
import type { FilesPage } from '../files-page.ts';
import { shareView } from '../model/route.ts';
import { indexIn, selectedIn } from '../model/selection.ts';
import { PassCodeDialog } from '../shares/PassCodeDialog.tsx';
import { SharesHome } from '../shares/SharesHome.tsx';
import { SharedFailure, shareWhere } from '../shares/share-view.tsx';
import { useItemDrag } from './item-drag.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { FilesToolbar } from './FilesToolbar.tsx';
import { FileList } from './list/FileList.tsx';
import { EmptyView, ListSkeleton, LoadFailed, NoMatch } from './ListStates.tsx';
import { ListNotices } from './ListNotices.tsx';
import { Sidebar } from './Sidebar.tsx';
import { StatusBar } from './StatusBar.tsx';
import { viewName, ViewLocation } from './ViewLocation.tsx';

export type DriveBrowserProps = {
  page: FilesPage;
  commands: FileCommands;
  quota: Quota | undefined;
  locale: string | undefined;
};

/** The signed-in file browser: sidebar, toolbar, the list in its states, the footer and the details panel. */
export function DriveBrowser({ page, commands, quota, locale }: DriveBrowserProps) {
  const { navigation, listing: listings, paths, prefs: prefsStore } = page;
  const place = navigation.view.value;
  // The Shares place lists nothing: the last list's view stands in for the (unused) command context.
  const view = place.kind === 'shares' ? (listings.listing.value?.view ?? MY_DRIVE) : place;
  const listing = place.kind === 'shares' ? undefined : listings.listing.value;
  const prefs = prefsStore.prefs.value;
  const shown = page.shown.value;
  const selection = page.selection.value;
  const name = viewName(place, page) ?? '…';
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const content = useRef<HTMLDivElement>(null);
  /** The user moved with the keyboard from the list: the next view's list (or state) gets the focus back. */
  const refocus = useRef(false);

  useEffect(() => {
    // Effects run a frame after their render: only the render of the listing now shown may take the focus.
    const shownNow = listing !== undefined && listing === listings.listing.peek();
    if (!refocus.current || !shownNow || listing.status === 'loading') return;
    refocus.current = false;
    const target = content.current?.querySelector<HTMLElement>('[role="grid"]') ?? content.current;
    target?.focus();
  });

  useEffect(() => {
    document.title = `${name} – ${t('filesTitle')} – ${t('extName')}`;
  }, [name]);

  /** What has the focus in the content area: when it goes from under it (the list's last items deleted), the area keeps it. */
  const focusedInside = useRef<Element | null>(null);
  useEffect(() => {
    const gone = focusedInside.current;
    if (gone !== null && !gone.isConnected && document.activeElement === document.body) content.current?.focus();
  });

  const selected = selectedIn(shown, selection);
  const focused = shown[indexIn(shown, selection.focus)];
  const targets: readonly DriveItem[] = selected.length > 0 ? selected : focused === undefined ? [] : [focused];
  const context: FileCommandContext = { view, items: targets, reload: listings.reload };
  const command = (name: FileCommandName) => {
    if (!commands.handles(name, context)) return false;
    commands.run(name, context);
    return true;
  };
  const drag = useItemDrag(commands, context);
  const rows = commands.rows;
  const marks = rows && { editing: rows.editing.value, Editor: rows.Editor, busy: rows.busy.value };
  /** A share opened with its pass code: read again when shown, else shown. */
  const opened = (shareId: string) =>
    place.kind === 'share' && place.shareId === shareId ? listings.reload() : navigation.go(shareView(shareId));
  /** A move made from the list, after which focus returns to the list. */
  const fromList =
    <A extends unknown[]>(move: (...args: A) => void) =>
    (...args: A) => {
      refocus.current = true;
      move(...args);
    };
  // An empty folder or an error has no list: the keys that leave it still work on the content area.
  const onContentKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    const up = event.key === 'Backspace' || (event.altKey && event.key === 'ArrowUp');
    const back = event.altKey && event.key === 'ArrowLeft';
    const forward = event.altKey && event.key === 'ArrowRight';
    if (!up && !back && !forward) return;
    event.preventDefault();
    fromList(up ? page.up : back ? navigation.back : navigation.forward)();
  };
  const focusList = () => content.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  const clearFilters = () => {
    page.query.value = '';
    prefsStore.update({ kind: 'all' });
  };

  function open(item: DriveItem) {
    // A trashed folder cannot be browsed: it opens once restored.
    if (item.kind === 'folder') {
      if (view.kind !== 'trash') page.openFolder(item);
    } else if (!command('open')) prefsStore.update({ details: true });
  }

  const items = listing?.items ?? [];
  const atHome = view.kind === 'folder' && view.id !== '' && view.id === page.home.value?.id;
  // No count while the skeleton or a failure stands in for the list.
  const showCount =
    listing !== undefined && listing.status !== 'loading' && (items.length > 0 || listing.error === undefined);
  let body;
  if (listing === undefined || listing.status === 'loading') body = <ListSkeleton layout={prefs.layout} />;
  else if (listing.status === 'failed' && items.length === 0 && view.kind === 'share')
    body = <SharedFailure page={page} shareId={view.shareId} kind={listing.error ?? 'unknown'} />;
  else if (listing.status === 'failed' && items.length === 0)
    body = (
      <LoadFailed
        kind={listing.error ?? 'unknown'}
        online={page.online.value}
        onRetry={listings.reload}
        onMyDrive={atHome ? page.leaveHome : () => navigation.go(MY_DRIVE)}
        homeName={atHome ? page.home.value?.name : undefined}
      />
    );
  else if (items.length === 0) body = <EmptyView view={view} />;
  else if (shown.length === 0) body = <NoMatch onClear={clearFilters} />;
  else
    body = (
      <FileList
        items={shown}
        layout={prefs.layout}
        selection={selection}
        sort={{ key: prefs.sortKey, descending: prefs.sortDescending }}
        onSort={(key) =>
          prefsStore.update(
            key === prefs.sortKey
              ? { sortDescending: !prefs.sortDescending }
              : { sortKey: key, sortDescending: key !== 'name' },
          )
        }
        label={t('filesListLabel', name)}
        busy={listing.status === 'more'}
        locale={locale}
        marks={marks}
        drag={drag}
        onSelection={(next) => (page.selection.value = next)}
        onOpen={fromList(open)}
        onUp={fromList(page.up)}
        onBack={fromList(navigation.back)}
        onForward={fromList(navigation.forward)}
        onCommand={command}
        onContextMenu={(at) => {
          if (commands.ContextMenu === undefined) return false;
          setMenuAt(at);
          return true;
        }}
      />
    );

  const Operations = commands.Toolbar;
  const Menu = commands.ContextMenu;
  const Layer = commands.Layer;
  const details = prefs.details && place.kind !== 'shares';
  return (
    <div class={`files-browser${details ? ' files-browser--details' : ''}`}>
      <Sidebar view={place} onNavigate={navigation.go} quota={quota} locale={locale} />
      <main class="files-browser__main">
        {place.kind === 'shares' ? (
          <>
            <FilesToolbar
              canGoBack={navigation.canGoBack.value}
              canGoForward={navigation.canGoForward.value}
              canGoUp={false}
              onBack={navigation.back}
              onForward={navigation.forward}
              onUp={page.up}
              onReload={() => undefined}
              reloading={false}
              location={<ViewLocation page={page} drag={undefined} />}
              prefs={prefs}
              onPrefs={prefsStore.update}
              viewControls={false}
            />
            <div class="files-browser__content files-browser__content--page">
              <SharesHome shares={page.shares} onOpenShare={opened} locale={locale} />
            </div>
          </>
        ) : (
          <>
            <FilesToolbar
              canGoBack={navigation.canGoBack.value}
              canGoForward={navigation.canGoForward.value}
              canGoUp={page.parent.value !== undefined}
              onBack={navigation.back}
              onForward={navigation.forward}
              onUp={page.up}
              onReload={listings.reload}
              reloading={listing?.refreshing === true || listing?.status === 'more'}
              location={<ViewLocation page={page} drag={drag} />}
              operations={Operations === undefined ? undefined : <Operations context={context} />}
              prefs={prefs}
              onPrefs={prefsStore.update}
            />
            <ListNotices listing={listing} online={page.online.value} onRetry={listings.reload} />
            <div
              class="files-browser__content"
              ref={content}
              tabIndex={-1}
              onKeyDown={onContentKeyDown}
              onFocusIn={(event) => (focusedInside.current = event.target as Element)}
              onFocusOut={(event) => event.relatedTarget !== null && (focusedInside.current = null)}
            >
              {body}
            </div>
            {showCount && (
              <StatusBar
                total={items.length}
                shown={shown.length}
                loading={listing?.status === 'more'}
                selected={selected}
                locale={locale}
              />
            )}
          </>
        )}
        {Layer !== undefined && <Layer context={context} />}
        <PassCodeDialog shares={page.shares} onOpened={opened} />
      </main>
      {details && (
        <DetailsPanel
          items={targets}
          pathOf={paths.pathOf}
          {...(view.kind === 'share' ? shareWhere(page, view.shareId) : {})}
          onClose={() => prefsStore.update({ details: false })}
          locale={locale}
        />
      )}
      {menuAt !== null && Menu !== undefined && (
        <Menu
          context={context}
          at={menuAt}
          onClose={() => {
            setMenuAt(null);
            focusList();
          }}
        />
      )}
    </div>
  );
}
