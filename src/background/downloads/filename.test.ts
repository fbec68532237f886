import { describe, expect, it } from 'vitest';
import { safeDownloadPath, safeSegment, savedAsRegex } from './filename.ts';

describe('safeSegment', () => {
  it('keeps ordinary names, Unicode included', () => {
    expect(safeSegment('Big Buck Bunny (2008).mp4')).toBe('Big Buck Bunny (2008).mp4');
    expect(safeSegment('第一集 字幕.srt')).toBe('第一集 字幕.srt');
  });

  it('replaces characters Windows or Chrome refuse', () => {
    expect(safeSegment('a<b>c:d"e\\f|g?h*i.txt')).toBe('a_b_c_d_e_f_g_h_i.txt');
    expect(safeSegment('tab\there.txt')).toBe('tab_here.txt');
  });

  it('drops trailing dots and spaces and replaces leading dots', () => {
    expect(safeSegment('name. . ')).toBe('name');
    expect(safeSegment('.hidden')).toBe('_hidden');
    expect(safeSegment('..')).toBe('__');
    expect(safeSegment('   ')).toBe('_');
  });

  it('renames device names and shell-integrated extensions', () => {
    expect(safeSegment('CON')).toBe('_CON');
    expect(safeSegment('nul.txt')).toBe('_nul.txt');
    expect(safeSegment('shortcut.lnk')).toBe('shortcut.lnk_');
    expect(safeSegment('console.txt')).toBe('console.txt');
  });

  it('shortens a long name and keeps its extension', () => {
    const safe = safeSegment(`${'x'.repeat(300)}.mkv`);
    expect(safe.length).toBe(80);
    expect(safe.endsWith('.mkv')).toBe(true);
  });
});

describe('safeDownloadPath', () => {
  it('keeps the folder structure and refuses to climb out of it', () => {
    expect(safeDownloadPath('Show/Season 1/E01.mkv')).toBe('Show/Season 1/E01.mkv');
    expect(safeDownloadPath('../../etc/passwd')).toBe('__/__/etc/passwd');
    expect(safeDownloadPath('/abs//path/')).toBe('abs/path');
  });
});

describe('savedAsRegex', () => {
  it('finds the saved file under any folder, either separator, with or without the browser\'s " (1)"', () => {
    const regex = new RegExp(savedAsRegex('Many files/part 1.bin'));
    expect(regex.test('/root/Downloads/Many files/part 1.bin')).toBe(true);
    expect(regex.test('C:\\Users\\me\\Downloads\\Many files\\part 1 (2).bin')).toBe(true);
    expect(regex.test('/root/Downloads/Many files/part 1(2).bin')).toBe(true);
    expect(regex.test('/root/Downloads/Many files/part 12.bin')).toBe(false);
    expect(regex.test('/root/Downloads/Other/part 1.bin')).toBe(false);
    expect(new RegExp(savedAsRegex('a+b (x).tar.gz')).test('/d/a+b (x).tar (1).gz')).toBe(true);
    // Firefox (measured with 153 ESR): "part 1(1).png", and before a .tar double extension "a(1).tar.gz".
    expect(new RegExp(savedAsRegex('a+b (x).tar.gz')).test('/d/a+b (x)(1).tar.gz')).toBe(true);
    expect(new RegExp(savedAsRegex('a.tar.gz')).test('/d/a.tar.gz')).toBe(true);
    expect(new RegExp(savedAsRegex('a.tar.gz')).test('/d/ab.tar.gz')).toBe(false);
    expect(new RegExp(savedAsRegex('README')).test('/d/README')).toBe(true);
  });
});
