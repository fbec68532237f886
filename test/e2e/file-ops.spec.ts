import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../fake-pikpak/index.ts';
import { type E2E, itemRow, itemsGrid, PAGES, screenshotBothThemes, startSignedInE2E } from './fixtures.ts';

/**
 * The file operations in the production build against the fake PikPak: each sends the request public clients
 * send, waits for PikPak's task and shows the result; refusals and failures are said, nothing is changed by them,
 * and a failed operation can be retried. Each test works in a folder of its own under My Drive.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const DRIVE_FILES = '/drive/v1/files';
const list = itemsGrid;
const row = itemRow;
const region = (page: Page) => page.getByRole('region', { name: 'File operations' });
const actions = (page: Page) => page.getByRole('group', { name: 'Actions' });

/** A folder under My Drive holding these subfolders and files, opened in a new tab. */
async function workspace(name: string, folders: string[], files: string[]) {
  const { control } = e2e.fake;
  const root = control.files.add({ parentId: '', name, kind: 'drive#folder' });
  const ids: Record<string, string> = { [name]: root.id };
  for (const folder of folders)
    ids[folder] = control.files.add({ parentId: root.id, name: folder, kind: 'drive#folder' }).id;
  for (const file of files)
    ids[file] = control.files.add({ parentId: root.id, name: file, kind: 'drive#file', size: 2048 }).id;
  const page = await e2e.browser.openPage(`${PAGES.files}#folder=${root.id}`);
  await list(page, name).waitFor();
  return { page, ids, root };
}

/** The drive requests of one kind made since `from` (a log position). */
function sent(method: string, path: string | RegExp, from = 0): LogEntry[] {
  return e2e.fake.log.filter({ host: 'drive', method, path }).filter((entry) => entry.seq > from);
}
const mark = () => e2e.fake.log.entries.at(-1)?.seq ?? 0;
const names = (parentId: string) =>
  e2e.fake.control.files
    .children(parentId)
    .map((file) => file.name)
    .sort();

/** The newest batch task of a type was read (`GET /drive/v1/tasks/{id}`) until PikPak finished it. */
function expectTaskWaited(type: string) {
  const task = e2e.fake.control.batchTasks
    .list()
    .filter((each) => each.type === type)
    .at(-1);
  expect(task?.phase).toMatch(/PHASE_TYPE_(COMPLETE|ERROR)/);
  expect(sent('GET', `/drive/v1/tasks/${task?.id ?? 'none'}`).length).toBeGreaterThan(0);
}

describe('file operations', () => {
  it('makes a new folder from the toolbar, selected and in view', async () => {
    const { page, root } = await workspace('New folder test', [], ['a.txt']);
    await actions(page).getByRole('button', { name: 'New folder' }).click();
    const dialog = page.getByRole('dialog', { name: 'New folder' });
    const name = dialog.getByLabel('Folder name');
    expect(await name.inputValue()).toBe('New folder');
    await screenshotBothThemes(page, 'file-ops-new-folder');
    await name.fill('Invoices');
    const from = mark();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, 'Invoices').getAttribute('aria-selected')).toBe('true');
    const made = sent('POST', DRIVE_FILES, from).at(-1);
    expect(made?.body).toMatchObject({ kind: 'drive#folder', name: 'Invoices', parent_id: root.id });
    expect(names(root.id)).toEqual(['Invoices', 'a.txt']);
    await expect
      .poll(() => list(page, 'New folder test').evaluate((grid) => grid === document.activeElement))
      .toBe(true);
    await page.close();
  });

  it('renames in place with F2: the name without its extension is selected, Enter saves, a taken name is refused', async () => {
    const { page, ids } = await workspace('Rename test', [], ['notes.txt', 'report.txt']);
    await row(page, 'notes.txt').click();
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: 'New name for notes.txt' });
    await expect
      .poll(() => editor.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]))
      .toEqual([0, 5]);
    await page.keyboard.type('ideas');
    let from = mark();
    await page.keyboard.press('Enter');
    await row(page, 'ideas.txt').waitFor();
    expect(sent('PATCH', `${DRIVE_FILES}/${ids['notes.txt']}`, from).map((entry) => entry.body)).toEqual([
      { name: 'ideas.txt' },
    ]);
    expect(await row(page, 'ideas.txt').getAttribute('aria-selected')).toBe('true');

    // A name already taken: PikPak's refusal as a sentence, the editor stays, nothing changes.
    await page.keyboard.press('F2');
    const again = page.getByRole('textbox', { name: 'New name for ideas.txt' });
    await again.fill('report.txt');
    from = mark();
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: 'A file or folder with that name is already here.' });
    await refusal.waitFor();
    expect(await again.getAttribute('aria-invalid')).toBe('true');
    expect(sent('PATCH', `${DRIVE_FILES}/${ids['notes.txt']}`, from)).toHaveLength(1);
    expect(e2e.fake.control.files.get(ids['notes.txt'] ?? '')?.name).toBe('ideas.txt');
    await screenshotBothThemes(page, 'file-ops-rename');
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
    await row(page, 'ideas.txt').waitFor();
    await page.close();
  });

  it('moves with Move to from the context menu, by dragging onto a folder and a breadcrumb, and copies with Copy to', async () => {
    const { page, ids, root } = await workspace('Move test', ['Archive', 'Inbox'], ['a.txt', 'b.txt', 'c.txt']);
    const archive = ids['Archive'] ?? '';
    await row(page, 'a.txt').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for “a.txt”' });
    await screenshotBothThemes(page, 'file-ops-context-menu');
    let from = mark();
    await menu.getByRole('menuitem', { name: 'Move to…' }).click();
    const picker = page.getByRole('dialog', { name: 'Move “a.txt”' });
    // It opens in the folder the item is in, where it cannot go.
    const here = picker.getByRole('button', { name: 'Move here' });
    await picker.getByRole('list', { name: 'Folders in Move test' }).waitFor();
    expect(await here.isDisabled()).toBe(true);
    await picker.getByText('They are already in this folder. Open another one.').waitFor();
    await picker.getByRole('button', { name: 'Archive' }).click();
    await picker.getByText('No folders here').waitFor();
    await screenshotBothThemes(page, 'file-ops-move-dialog');
    await here.click();
    await region(page).getByText('Moved “a.txt” to Archive').waitFor();
    await row(page, 'a.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:batchMove`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['a.txt']], to: { parent_id: archive } },
    ]);
    expectTaskWaited('move');
    expect(names(archive)).toEqual(['a.txt']);

    // Drag and drop onto a folder row.
    from = mark();
    await row(page, 'b.txt').dragTo(row(page, 'Inbox'));
    await region(page).getByText('Moved “b.txt” to Inbox').waitFor();
    await row(page, 'b.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:batchMove`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['b.txt']], to: { parent_id: ids['Inbox'] } },
    ]);

    // Copy to, from the toolbar: the item stays, a copy is made.
    await row(page, 'c.txt').click();
    from = mark();
    await actions(page).getByRole('button', { name: 'Copy to…' }).click();
    const copying = page.getByRole('dialog', { name: 'Copy “c.txt”' });
    await copying.getByRole('button', { name: 'Archive' }).click();
    await copying.getByRole('button', { name: 'Copy here' }).click();
    await region(page).getByText('Copied “c.txt” to Archive').waitFor();
    expect(sent('POST', `${DRIVE_FILES}:batchCopy`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['c.txt']], to: { parent_id: archive } },
    ]);
    expectTaskWaited('copy');
    expect(names(archive)).toEqual(['a.txt', 'c.txt']);
    expect(names(root.id)).toEqual(['Archive', 'Inbox', 'c.txt']);

    // Onto a breadcrumb: from inside Archive back up to the workspace.
    await row(page, 'Archive').dblclick();
    await list(page, 'Archive').waitFor();
    from = mark();
    const crumb = page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: 'Move test' });
    await row(page, 'a.txt').dragTo(crumb);
    await region(page).getByText('Moved “a.txt” to Move test').waitFor();
    await row(page, 'a.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:batchMove`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['a.txt']], to: { parent_id: root.id } },
    ]);
    await page.close();
  });

  it('puts the list back when a move fails, says why, and Retry moves it', async () => {
    const { page, ids } = await workspace('Failing move', ['Archive'], ['keep.txt']);
    e2e.fake.control.asyncTaskDelayMs = 1_500;
    e2e.fake.control.batchTasks.failNext({ type: 'move', message: 'Storage space is not enough' });
    await row(page, 'keep.txt').dragTo(row(page, 'Archive'));
    const progress = region(page).getByRole('progressbar', { name: 'Moving “keep.txt” to Archive…' });
    await progress.waitFor();
    expect(await row(page, 'keep.txt').getAttribute('aria-busy')).toBe('true');
    await screenshotBothThemes(page, 'file-ops-progress');
    await region(page).getByText('Could not move “keep.txt”').waitFor();
    await region(page).getByText('Your PikPak storage is full.').waitFor();
    e2e.fake.control.asyncTaskDelayMs = 300;
    expect(await row(page, 'keep.txt').getAttribute('aria-busy')).toBeNull();
    expect(names(ids['Archive'] ?? '')).toEqual([]);
    await screenshotBothThemes(page, 'file-ops-failed');

    await region(page).getByRole('button', { name: 'Retry' }).click();
    await region(page).getByText('Moved “keep.txt” to Archive').waitFor();
    await row(page, 'keep.txt').waitFor({ state: 'detached' });
    expect(names(ids['Archive'] ?? '')).toEqual(['keep.txt']);
    await page.close();
  });

  it('moves items to the trash with Delete and brings them back with Undo', async () => {
    const { page, ids, root } = await workspace('Trash test', [], ['one.txt', 'two.txt', 'three.txt']);
    await row(page, 'one.txt').click();
    await row(page, 'two.txt').click({ modifiers: ['Control'] });
    let from = mark();
    await page.keyboard.press('Delete');
    const done = region(page).getByText('2 items moved to the trash');
    await done.waitFor();
    await row(page, 'one.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:batchTrash`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['one.txt'], ids['two.txt']] },
    ]);
    expectTaskWaited('trash');
    expect(names(root.id)).toEqual(['three.txt']);
    await screenshotBothThemes(page, 'file-ops-undo-toast');

    from = mark();
    await region(page).getByRole('button', { name: 'Undo' }).click();
    await region(page).getByText('Restored 2 items').waitFor();
    await row(page, 'one.txt').waitFor();
    await row(page, 'two.txt').waitFor();
    expect(sent('POST', `${DRIVE_FILES}:batchUntrash`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['one.txt'], ids['two.txt']] },
    ]);
    expect(names(root.id)).toEqual(['one.txt', 'three.txt', 'two.txt']);
    await page.close();
  });

  it('stars and unstars: the star shows on the row, and Starred lists what is starred', async () => {
    const { page, ids } = await workspace('Star test', [], ['shiny.txt']);
    await row(page, 'shiny.txt').click({ button: 'right' });
    let from = mark();
    await page.getByRole('menuitem', { name: 'Star' }).click();
    await region(page).getByText('Starred “shiny.txt”').waitFor();
    expect(sent('POST', `${DRIVE_FILES}:star`, from).map((entry) => entry.body)).toEqual([{ ids: [ids['shiny.txt']] }]);
    await row(page, 'shiny.txt').getByRole('img', { name: 'Starred' }).waitFor();
    await page.getByRole('navigation', { name: 'Drive' }).getByRole('link', { name: 'Starred' }).click();
    await list(page, 'Starred').waitFor();
    await row(page, 'shiny.txt').click();
    from = mark();
    await actions(page).getByRole('button', { name: 'Unstar' }).click();
    await region(page).getByText('Unstarred “shiny.txt”').waitFor();
    await row(page, 'shiny.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:unstar`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['shiny.txt']] },
    ]);
    expect(e2e.fake.control.files.get(ids['shiny.txt'] ?? '')?.starred).toBe(false);
    await page.close();
  });

  it('in the Trash: restores, deletes permanently and empties the trash, each after a confirm naming the count', async () => {
    const { control } = e2e.fake;
    const { page, ids, root } = await workspace('Trash view test', [], ['back.txt', 'gone-1.txt', 'gone-2.txt']);
    for (const name of ['back.txt', 'gone-1.txt', 'gone-2.txt']) {
      const file = control.files.get(ids[name] ?? '');
      if (file) file.trashed = true;
    }
    await page.getByRole('navigation', { name: 'Drive' }).getByRole('link', { name: 'Trash' }).click();
    await list(page, 'Trash').waitFor();
    await row(page, 'back.txt').click();
    let from = mark();
    await actions(page).getByRole('button', { name: 'Restore' }).click();
    await region(page).getByText('Restored “back.txt”').waitFor();
    await row(page, 'back.txt').waitFor({ state: 'detached' });
    expect(sent('POST', `${DRIVE_FILES}:batchUntrash`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['back.txt']] },
    ]);
    expect(names(root.id)).toEqual(['back.txt']);

    await row(page, 'gone-1.txt').click();
    await row(page, 'gone-2.txt').click({ modifiers: ['Shift'] });
    await actions(page).getByRole('button', { name: 'Delete permanently' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete 2 items permanently?' });
    await confirm.getByText('They are gone for good: this cannot be undone.').waitFor();
    await screenshotBothThemes(page, 'file-ops-confirm-delete');
    from = mark();
    await confirm.getByRole('button', { name: 'Delete permanently' }).click();
    await region(page).getByText('Deleted 2 items permanently').waitFor();
    expect(sent('POST', `${DRIVE_FILES}:batchDelete`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['gone-1.txt'], ids['gone-2.txt']] },
    ]);
    expectTaskWaited('delete');
    expect(control.files.get(ids['gone-1.txt'] ?? '')).toBeUndefined();

    // What the seed put in the trash goes with Empty trash, after a confirm that counts it.
    await list(page, 'Trash').waitFor();
    const trashed = [...e2e.fake.state.files.values()].filter((file) => file.trashed).length;
    await expect.poll(() => page.getByRole('row').count()).toBe(trashed + 1);
    await actions(page).getByRole('button', { name: 'Empty trash' }).click();
    const emptying = page.getByRole('alertdialog', { name: 'Empty the trash?' });
    const what = trashed === 1 ? '1 item' : `${trashed} items`;
    await emptying.getByText(`The ${what} in the trash will be deleted permanently. This cannot be undone.`).waitFor();
    from = mark();
    await emptying.getByRole('button', { name: 'Empty trash' }).click();
    await region(page).getByText('Emptied the trash').waitFor();
    await page.getByText('The trash is empty').waitFor();
    expect(sent('PATCH', `${DRIVE_FILES}/trash:empty`, from)).toHaveLength(1);
    expectTaskWaited('empty_trash');
    await page.close();
  });

  it('works from the keyboard alone: rename, the menu and the picker, Delete and Ctrl+Z, the Trash, Shift+Delete', async () => {
    const { page, ids, root } = await workspace('Keyboard test', ['Archive'], ['draft.txt', 'plan.txt', 'old.txt']);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    /** Tab (or Shift+Tab) until the element the test names has the focus. */
    async function tabTo(name: string, back = false) {
      for (let tabs = 0; tabs < 40 && (await focused()) !== name; tabs++)
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      expect(await focused()).toBe(name);
    }
    const selected = async (name: string) =>
      expect.poll(() => row(page, name).getAttribute('aria-selected')).toBe('true');
    await page.locator('body').focus();
    await tabTo('Items in Keyboard test');

    // F2: rename in place.
    await page.keyboard.type('dr');
    await selected('draft.txt');
    await page.keyboard.press('F2');
    await page.keyboard.type('final');
    await page.keyboard.press('Enter');
    await row(page, 'final.txt').waitFor();
    expect(e2e.fake.control.files.get(ids['draft.txt'] ?? '')?.name).toBe('final.txt');
    await expect.poll(focused).toBe('Items in Keyboard test');

    // Shift+F10: the menu, Move to…, the picker.
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for “final.txt”' });
    await menu.waitFor();
    while ((await focused()) !== 'Move to…') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Move “final.txt”' });
    await expect.poll(focused).toBe('Archive');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Move here');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'hidden' });
    await region(page).getByText('Moved “final.txt” to Archive').waitFor();
    expect(names(ids['Archive'] ?? '')).toEqual(['final.txt']);
    await expect.poll(focused).toBe('Items in Keyboard test');

    // Delete, then Ctrl+Z.
    await page.keyboard.type('pl');
    await selected('plan.txt');
    await page.keyboard.press('Delete');
    await region(page).getByText('“plan.txt” moved to the trash').waitFor();
    await page.keyboard.press('Control+z');
    await region(page).getByText('Restored “plan.txt”').waitFor();
    await row(page, 'plan.txt').waitFor();
    expect(names(root.id)).toEqual(['Archive', 'old.txt', 'plan.txt']);

    // Both to the trash, then to the Trash by the sidebar.
    await expect.poll(focused).toBe('Items in Keyboard test');
    await page.keyboard.type('old');
    await page.keyboard.press('Shift+ArrowDown');
    await selected('plan.txt');
    await page.keyboard.press('Delete');
    await region(page).getByText('2 items moved to the trash').waitFor();
    await tabTo('Trash', true);
    await page.keyboard.press('Enter');
    await list(page, 'Trash').waitFor();
    await tabTo('Items in Trash');

    // The context-menu key: Restore.
    await page.keyboard.type('plan');
    await selected('plan.txt');
    await page.keyboard.press('ContextMenu');
    await expect.poll(focused).toBe('Restore');
    await page.keyboard.press('Enter');
    await region(page).getByText('Restored “plan.txt”').waitFor();
    await row(page, 'plan.txt').waitFor({ state: 'detached' });

    // Shift+Delete asks first, Cancel first in line; Tab to the button that deletes.
    await page.keyboard.type('old.');
    await selected('old.txt');
    const from = mark();
    await page.keyboard.press('Shift+Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete “old.txt” permanently?' });
    await confirm.waitFor();
    await expect.poll(focused).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await region(page).getByText('Deleted “old.txt” permanently').waitFor();
    expect(sent('POST', `${DRIVE_FILES}:batchDelete`, from).map((entry) => entry.body)).toEqual([
      { ids: [ids['old.txt']] },
    ]);
    // The focus stays where the user works: the list, or the area that held it once the trash is empty.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    expect(names(root.id)).toEqual(['Archive', 'plan.txt']);
    await page.close();
  });
});
