// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { NewFolderDialog } from './NewFolderDialog.tsx';

afterEach(cleanup);

describe('the operations’ dialogs', () => {
  it('asks before deleting for good: a modal alert dialog with Cancel focused; Escape and Cancel close it', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    const view = render(
      <ConfirmDialog
        title="Delete 2 items permanently?"
        text="They are gone for good: this cannot be undone."
        confirmLabel="Delete permanently"
        onConfirm={onConfirm}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 2 items permanently?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'They are gone for good: this cannot be undone.',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    // Closed (unmounted): the focus goes back where it was.
    view.unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('names a new folder: “New folder” selected, a refusal said under the field, closed once made', async () => {
    const create = vi.fn((name: string) =>
      Promise.resolve(name === 'Taken' ? 'A file or folder with that name is already here.' : undefined),
    );
    const onClose = vi.fn();
    render(<NewFolderDialog create={create} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New folder' });
    const field = within(dialog).getByLabelText<HTMLInputElement>('Folder name');
    expect(field.value).toBe('New folder');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'New folder'.length]);

    fireEvent.input(field, { target: { value: 'Taken' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await within(dialog).findByText('A file or folder with that name is already here.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.input(field, { target: { value: 'Invoices' } });
    fireEvent.submit(field.form!);
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(create).toHaveBeenLastCalledWith('Invoices');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenLastCalledWith(false);
  });
});
