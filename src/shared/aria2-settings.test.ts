import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import {
  aria2SettingsFrom,
  aria2SettingsItem,
  DEFAULT_ARIA2_SETTINGS,
  endpointOrigin,
  endpointOriginPattern,
  normalizeEndpoint,
} from './aria2-settings.ts';

describe('normalizeEndpoint', () => {
  it('keeps an http(s) endpoint, and gives a bare address aria2’s /jsonrpc', () => {
    expect(normalizeEndpoint('http://localhost:6800/jsonrpc')).toBe('http://localhost:6800/jsonrpc');
    expect(normalizeEndpoint(' https://nas.lan:443/rpc ')).toBe('https://nas.lan/rpc');
    expect(normalizeEndpoint('localhost:16800')).toBe('http://localhost:16800/jsonrpc');
    expect(normalizeEndpoint('http://127.0.0.1:6800')).toBe('http://127.0.0.1:6800/jsonrpc');
  });

  it('reads AriaNg’s ws:// and wss:// addresses as http and https on the same port', () => {
    expect(normalizeEndpoint('ws://localhost:6800/jsonrpc')).toBe('http://localhost:6800/jsonrpc');
    expect(normalizeEndpoint('wss://box:6801/jsonrpc')).toBe('https://box:6801/jsonrpc');
  });

  it('refuses what is not an http(s) address, and addresses with a user or password', () => {
    for (const text of [
      '',
      '   ',
      'ftp://host/x',
      'file:///etc',
      'javascript:alert(1)',
      'http://u:p@host:6800/jsonrpc',
    ]) {
      expect(normalizeEndpoint(text), text).toBeUndefined();
    }
  });
});

describe('the host permission of an endpoint', () => {
  it('is its scheme and host, any port (Firefox patterns take no port)', () => {
    expect(endpointOriginPattern('http://localhost:6800/jsonrpc')).toBe('http://localhost/*');
    expect(endpointOriginPattern('https://[::1]:6800/jsonrpc')).toBe('https://[::1]/*');
    expect(endpointOrigin('http://localhost:6800/jsonrpc')).toBe('http://localhost:6800');
  });
});

describe('aria2SettingsFrom', () => {
  it('normalises the endpoint and trims the folder, keeping the secret as typed', () => {
    expect(aria2SettingsFrom({ endpoint: 'localhost:6800', secret: ' s ', dir: ' /srv/dl ' })).toEqual({
      endpoint: 'http://localhost:6800/jsonrpc',
      secret: ' s ',
      dir: '/srv/dl',
    });
    expect(aria2SettingsFrom({ endpoint: 'nope://', secret: '', dir: '' })).toBeUndefined();
  });
});

describe('aria2SettingsItem', () => {
  it('reads aria2’s default until something is saved, and a stored value failing the check as it', async () => {
    expect(await aria2SettingsItem.get()).toEqual(DEFAULT_ARIA2_SETTINGS);
    expect(DEFAULT_ARIA2_SETTINGS.endpoint).toBe('http://localhost:6800/jsonrpc');
    const saved = { endpoint: 'http://localhost:16800/jsonrpc', secret: 'x', dir: '' };
    await aria2SettingsItem.set(saved);
    expect(await aria2SettingsItem.get()).toEqual(saved);
    await browser.storage.local.set({ aria2: { endpoint: 'ftp://x', secret: 'x', dir: '' } });
    expect(await aria2SettingsItem.get()).toEqual(DEFAULT_ARIA2_SETTINGS);
  });
});
