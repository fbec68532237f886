// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import type { SettingsAccess } from '../use-setting-switches.ts';
import { NotificationsSection } from './NotificationsSection.tsx';

afterEach(cleanup);

function access(stored: Partial<Settings> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...stored };
  const listeners: ((settings: Settings) => void)[] = [];
  const settings: SettingsAccess = {
    read: () => Promise.resolve(current),
    watch: (callback) => void listeners.push(callback),
    update: vi.fn((patch: Partial<Settings>) => {
      current = { ...current, ...patch };
      listeners.forEach((listener) => listener(current));
      return Promise.resolve(current);
    }),
  };
  return {
    settings,
    changeElsewhere: (patch: Partial<Settings>) => listeners.forEach((l) => l((current = { ...current, ...patch }))),
  };
}

const toggle = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('NotificationsSection', () => {
  it('shows the stored switches and saves a change', async () => {
    const { settings } = access({ notifyTaskFailed: false });
    render(<NotificationsSection settings={settings} />);
    await waitFor(() => expect(toggle('When a download fails').disabled).toBe(false));
    expect(toggle('When a download fails').checked).toBe(false);
    expect(toggle('When a download finishes').checked).toBe(true);
    fireEvent.click(toggle('Count on the toolbar icon'));
    expect(settings.update).toHaveBeenCalledWith({ showBadge: false });
    await waitFor(() => expect(toggle('Count on the toolbar icon').checked).toBe(false));
    expect(screen.getAllByRole('switch')).toHaveLength(5);
  });

  it('follows a change made in another page', async () => {
    const { settings, changeElsewhere } = access();
    render(<NotificationsSection settings={settings} />);
    await waitFor(() => expect(toggle('When links reach PikPak').checked).toBe(true));
    changeElsewhere({ notifySent: false });
    await waitFor(() => expect(toggle('When links reach PikPak').checked).toBe(false));
  });
});
