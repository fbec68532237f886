import { describe, expect, it } from 'vitest';
import { parseShareBlock } from './parse.ts';

describe('parseShareBlock', () => {
  it('reads every form people paste, with the pass codes beside them', () => {
    const block = [
      'https://mypikpak.com/s/VOaaaa01',
      'https://mypikpak.net/s/VObbbb02?pwd=ab12',
      'https://drive.mypikpak.com/s/VOcccc03',
      'mypikpak.com/s/VOdddd04 提取码: cd34',
      'www.mypikpak.net/s/VOeeee05',
      '链接：https://mypikpak.com/s/VOffff06',
      '提取码：ef56',
      'HTTPS://MyPikPak.com/s/VOgggg07 (pwd: gh78)',
      'https://mypikpak.com/s/VOhhhh08/VOfolder1',
    ].join('\n');
    const { links, otherLines, repeats } = parseShareBlock(block);
    expect(links.map(({ shareId, passCode }) => [shareId, passCode])).toEqual([
      ['VOaaaa01', undefined],
      ['VObbbb02', 'ab12'],
      ['VOcccc03', undefined],
      ['VOdddd04', 'cd34'],
      ['VOeeee05', undefined],
      ['VOffff06', 'ef56'],
      ['VOgggg07', 'gh78'],
      ['VOhhhh08', undefined],
    ]);
    // The pass code's own line belongs to the link above it.
    expect(otherLines).toBe(0);
    expect(repeats).toBe(0);
    expect(links[2]?.url).toBe('https://mypikpak.com/s/VOcccc03');
  });

  it('counts lines that are not share links, but not blank ones', () => {
    const block = [
      'Films I liked:',
      '',
      'https://mypikpak.com/s/VOaaaa01',
      '   ',
      'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567',
      'https://example.com/s/VOzzzz99',
      'https://mypikpak.com/s/VObbbb02',
    ].join('\r\n');
    const { links, otherLines } = parseShareBlock(block);
    expect(links.map((link) => link.shareId)).toEqual(['VOaaaa01', 'VObbbb02']);
    expect(otherLines).toBe(3);
  });

  it('keeps each share once, the first link winning and a later pass code joining it', () => {
    const block = [
      'https://mypikpak.com/s/VOaaaa01',
      'https://mypikpak.net/s/VOaaaa01?pwd=ab12',
      'https://mypikpak.com/s/VOaaaa01?pwd=zz99',
      'https://mypikpak.com/s/VObbbb02 https://mypikpak.com/s/VObbbb02/VOsub0001',
    ].join('\n');
    const { links, repeats } = parseShareBlock(block);
    expect(links).toEqual([
      { shareId: 'VOaaaa01', url: 'https://mypikpak.com/s/VOaaaa01', passCode: 'ab12' },
      { shareId: 'VObbbb02', url: 'https://mypikpak.com/s/VObbbb02' },
    ]);
    // Two lines repeat VOaaaa01; a share named twice on one line is read once there (as the Shares box reads it).
    expect(repeats).toBe(2);
  });

  it('leaves a share address inside another link alone', () => {
    const { links, otherLines } = parseShareBlock('https://example.com/go?to=mypikpak.com/s/VOaaaa01');
    expect(links).toEqual([]);
    expect(otherLines).toBe(1);
  });

  it('does not take a line with a link of its own as the pass code of the link above', () => {
    const block = ['https://mypikpak.com/s/VOaaaa01', 'code: 1234 https://mypikpak.com/s/VObbbb02'].join('\n');
    const { links, otherLines } = parseShareBlock(block);
    expect(links.map(({ shareId, passCode }) => [shareId, passCode])).toEqual([
      ['VOaaaa01', undefined],
      ['VObbbb02', undefined],
    ]);
    expect(otherLines).toBe(0);
  });

  it('finds nothing in an empty block', () => {
    expect(parseShareBlock('')).toEqual({ links: [], otherLines: 0, repeats: 0 });
  });
});
