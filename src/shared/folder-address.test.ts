import { describe, expect, it } from 'vitest';
import { parseFolderInput } from './folder-address.ts';

const ID = 'VNqbSyxBr6h8uJ1WuZDMYgRZo1';

describe('parseFolderInput', () => {
  it.each([
    [ID, ID],
    [`  ${ID}  `, ID],
    [`https://mypikpak.com/drive/all/${ID}`, ID],
    [`https://mypikpak.com/drive/all/${ID}/`, ID],
    [`https://mypikpak.com/drive/all/${ID}?sort=name#x`, ID],
    [`https://www.mypikpak.com/drive/${ID}`, ID],
    [`https://mypikpak.net/drive/all/${ID}`, ID],
    [`mypikpak.com/drive/all/${ID}`, ID],
    [`chrome-extension://abcdefghijklmnop/src/files/index.html#folder=${ID}`, ID],
    [`moz-extension://1234-5678/src/files/index.html#folder=${ID}`, ID],
  ])('reads %j as the folder %j', (input, id) => {
    expect(parseFolderInput(input)).toEqual({ ok: true, id });
  });

  it.each(['root', 'https://mypikpak.com/drive/all', 'https://mypikpak.com/drive/all/'])(
    'reads %j as the drive itself',
    (input) => {
      expect(parseFolderInput(input)).toEqual({ ok: true, id: null });
    },
  );

  it('says an empty field is empty', () => {
    expect(parseFolderInput('  ')).toEqual({ ok: false, problem: 'empty' });
  });

  it.each([
    'not an id',
    'a'.repeat(65),
    `https://example.com/drive/all/${ID}`,
    `https://mypikpak.com.evil.com/drive/all/${ID}`,
    `https://mypikpak.com/s/${ID}`,
    'https://mypikpak.com/drive/trash',
    'https://mypikpak.com/drive/recent',
    `https://mypikpak.com/drive/all/${ID}/more`,
    `https://mypikpak.com/drive/all/${ID}%2F..`,
    `ftp://mypikpak.com/drive/all/${ID}`,
    'chrome-extension://abc/src/files/index.html#view=trash',
    'javascript:alert(1)',
    'http://[bad',
  ])('refuses %j', (input) => {
    expect(parseFolderInput(input)).toEqual({ ok: false, problem: 'invalid' });
  });
});
