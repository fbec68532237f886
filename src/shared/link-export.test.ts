import { describe, expect, it } from 'vitest';
import type { FileLink } from './file-transfer.ts';
import { aria2InputText, aria2OutPath, earliestExpiry, exportFilenames, linkListText } from './link-export.ts';

const NOW = Date.UTC(2026, 11, 6, 18, 40, 5);
const link = (id: string, path: string, expiresAt?: number): FileLink => ({
  id,
  path,
  url: `https://dl-a10b-0001.mypikpak.com/download/?fid=${id}&expire=1&sign=x`,
  ...(expiresAt === undefined ? {} : { expiresAt }),
});

describe('linkListText', () => {
  it('is one URL a line, in order, ending with a line break', () => {
    expect(linkListText([link('a', 'A/x.mkv'), link('b', 'y.txt')])).toBe(
      'https://dl-a10b-0001.mypikpak.com/download/?fid=a&expire=1&sign=x\n' +
        'https://dl-a10b-0001.mypikpak.com/download/?fid=b&expire=1&sign=x\n',
    );
    expect(linkListText([])).toBe('');
  });

  it('never lets a line break split a URL', () => {
    expect(linkListText([{ id: 'a', path: 'a', url: 'https://h/a b\nc' }])).toBe('https://h/a%20b%0Ac\n');
  });
});

describe('aria2InputText', () => {
  it('writes a header with the maker, the time and the earliest expiry, then URL, out= and dir= per link', () => {
    const later = Date.UTC(2026, 11, 7, 10, 0, 0);
    const earlier = Date.UTC(2026, 11, 7, 9, 30, 0);
    const text = aria2InputText([link('a', 'Show/Season 1/e01.mkv', later), link('b', 'Show/notes.txt', earlier)], {
      dir: '/srv/downloads',
      now: NOW,
    });
    expect(text).toBe(
      [
        '# aria2 input file made by PikPak Companion at 2026-12-06T18:40:05.000Z: 2 files.',
        '# The links expire at 2026-12-07T09:30:00.000Z; make a new file after that.',
        '# Use: aria2c -i <this file>',
        'https://dl-a10b-0001.mypikpak.com/download/?fid=a&expire=1&sign=x',
        '  out=Show/Season 1/e01.mkv',
        '  dir=/srv/downloads',
        'https://dl-a10b-0001.mypikpak.com/download/?fid=b&expire=1&sign=x',
        '  out=Show/notes.txt',
        '  dir=/srv/downloads',
        '',
      ].join('\n'),
    );
  });

  it('leaves dir= out without a folder, and says when PikPak gave no expiry', () => {
    const lines = aria2InputText([link('a', 'x.bin')], { now: NOW }).split('\n');
    expect(lines[0]).toMatch(/: 1 file\.$/);
    expect(lines[1]).toBe('# PikPak did not say when these links expire; make a new file if aria2 gets 403 Forbidden.');
    expect(lines.slice(3)).toEqual([
      'https://dl-a10b-0001.mypikpak.com/download/?fid=a&expire=1&sign=x',
      '  out=x.bin',
      '',
    ]);
    expect(aria2InputText([link('a', 'x.bin')], { dir: '  ', now: NOW })).not.toContain('dir=');
  });

  it('cannot be made to carry another option: line breaks in paths and folders are neutralised', () => {
    const text = aria2InputText([link('a', 'A/x\n  dir=/etc\n.bin')], { dir: '/d\n  header=X: y', now: NOW });
    const optionLines = text.split('\n').filter((line) => line.startsWith(' '));
    expect(optionLines).toEqual(['  out=A/x_  dir=/etc_.bin', '  dir=/d  header=X: y']);
  });
});

describe('aria2OutPath', () => {
  it('keeps ordinary relative paths as they are', () => {
    expect(aria2OutPath('Folder/Sub/file name (1).ext')).toBe('Folder/Sub/file name (1).ext');
    expect(aria2OutPath('电影/第 1 季/01.mkv')).toBe('电影/第 1 季/01.mkv');
  });

  it('never leaves the chosen folder', () => {
    expect(aria2OutPath('../../etc/passwd')).toBe('_/_/etc/passwd');
    expect(aria2OutPath('/abs//./x')).toBe('abs/x');
    expect(aria2OutPath('a\\..\\b')).toBe('a_.._b');
    expect(aria2OutPath('')).toBe('_');
  });
});

describe('earliestExpiry', () => {
  it('is the smallest expiresAt, undefined when none is known', () => {
    expect(earliestExpiry([link('a', 'a', 5), link('b', 'b'), link('c', 'c', 3)])).toBe(3);
    expect(earliestExpiry([link('a', 'a')])).toBeUndefined();
  });
});

describe('exportFilenames', () => {
  it('names both files after what was exported and the time (UTC, to the minute)', () => {
    expect(exportFilenames('Movies', NOW)).toEqual({
      linkList: 'Movies-links-20261206-1840.txt',
      aria2Input: 'Movies-aria2-20261206-1840.txt',
    });
  });

  it('falls back to "pikpak" and replaces characters file systems refuse', () => {
    expect(exportFilenames(undefined, NOW).linkList).toBe('pikpak-links-20261206-1840.txt');
    expect(exportFilenames('..', NOW).linkList).toBe('pikpak-links-20261206-1840.txt');
    expect(exportFilenames('a/b:c*?', NOW).aria2Input).toBe('a_b_c__-aria2-20261206-1840.txt');
  });
});
