import { describe, expect, it } from 'vitest';
import { file, folder } from '../test/items.ts';
import { kindOf, matchesKind } from './file-kind.ts';

describe('the kind of an item', () => {
  it('is folder for folders, whatever their name', () => {
    expect(kindOf(folder('movie.mp4'))).toBe('folder');
  });

  it('comes from PikPak’s category first', () => {
    expect(kindOf(file('clip', 1, { category: 'VIDEO' }))).toBe('video');
    expect(kindOf(file('song', 1, { category: 'AUDIO' }))).toBe('audio');
    expect(kindOf(file('photo', 1, { category: 'IMAGE' }))).toBe('image');
    expect(kindOf(file('manual.pdf', 1, { category: 'TEXT' }))).toBe('document');
    expect(kindOf(file('backup.zip', 1, { category: 'ARCHIVE' }))).toBe('archive');
  });

  it('then from the MIME type, then the extension (PikPak says OTHER for most archives and documents)', () => {
    expect(kindOf(file('x', 1, { category: 'OTHER', mimeType: 'video/x-matroska' }))).toBe('video');
    expect(kindOf(file('report.DOCX', 1, { category: 'OTHER' }))).toBe('document');
    expect(kindOf(file('backup.tar.gz', 1, { category: 'OTHER', extension: '.gz' }))).toBe('archive');
    expect(kindOf(file('Season.1.mkv', 1))).toBe('video');
    expect(kindOf(file('setup.exe', 1, { category: 'OTHER' }))).toBe('other');
    expect(kindOf(file('README', 1))).toBe('other');
  });

  it('filters: "all" keeps everything, a kind keeps only itself', () => {
    const items = [folder('A'), file('a.mp4'), file('b.mp3'), file('c.exe')];
    expect(items.filter((entry) => matchesKind(entry, 'all'))).toHaveLength(4);
    expect(items.filter((entry) => matchesKind(entry, 'video')).map((entry) => entry.name)).toEqual(['a.mp4']);
    expect(items.filter((entry) => matchesKind(entry, 'folder')).map((entry) => entry.name)).toEqual(['A']);
  });
});
