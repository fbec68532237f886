// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import type { SettingsAccess } from '../use-setting-switches.ts';
import { MediaLinkSetting } from './MediaLinkSetting.tsx';

afterEach(cleanup);

function access(initial: Partial<Settings> = {}): SettingsAccess & { update: ReturnType<typeof vi.fn> } {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  return {
    read: () => Promise.resolve(stored),
    watch: () => undefined,
    update: vi.fn((patch: Partial<Settings>) => {
      stored = { ...stored, ...patch };
      return Promise.resolve(stored);
    }),
  };
}

describe('MediaLinkSetting', () => {
  it('offers "Use transcoding address" beside "Download original files only", described, off by default', async () => {
    const settings = access();
    render(<MediaLinkSetting settings={settings} />);
    const transcoding = screen.getByRole('switch', { name: 'Use transcoding address' });
    await waitFor(() => expect(transcoding).toHaveProperty('disabled', false));
    expect(transcoding).toHaveProperty('checked', false);
    expect(document.getElementById(transcoding.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /transcoded address/,
    );
    screen.getByRole('switch', { name: 'Download original files only' });

    fireEvent.click(transcoding);
    await waitFor(() => expect(settings.update).toHaveBeenCalledWith({ useTranscodingAddress: true }));
    expect(transcoding).toHaveProperty('checked', true);
  });

  it('shows a stored "on"', async () => {
    render(<MediaLinkSetting settings={access({ useTranscodingAddress: true })} />);
    const transcoding = screen.getByRole('switch', { name: 'Use transcoding address' });
    await waitFor(() => expect(transcoding).toHaveProperty('checked', true));
    expect(screen.getByRole('switch', { name: 'Download original files only' })).toHaveProperty('checked', false);
  });
});
