import { describe, expect, it } from 'vitest';
import { parseLink } from './parse.ts';
import { shareLinksIn } from './shares.ts';

const ID = 'VOabcdEFGH12345';
const codes = (text: string) => shareLinksIn(text).map((link) => [link.shareId, link.passCode]);

describe('share links pasted into the Shares box', () => {
  it.each([
    [`https://mypikpak.com/s/${ID}`, undefined],
    [`https://mypikpak.net/s/${ID}?pwd=ab12`, 'ab12'],
    [`https://drive.mypikpak.com/s/${ID}?pass_code=ab12`, 'ab12'],
    [`https://www.mypikpak.com/s/${ID}?password=ab12`, 'ab12'],
    [`https://mypikpak.com/s/${ID}/?code=ab12&utm_source=x`, 'ab12'],
    [`mypikpak.com/s/${ID}`, undefined],
    [`drive.mypikpak.com/s/${ID} 提取码: abcd`, 'abcd'],
    [`链接：https://mypikpak.com/s/${ID}，提取码：abcd`, 'abcd'],
    [`https://mypikpak.com/s/${ID}\npass code: abcd`, 'abcd'],
    [`https://mypikpak.com/s/${ID} (Passcode：abcd)`, 'abcd'],
    [`https://mypikpak.com/s/${ID}; password = abcd`, 'abcd'],
  ])('reads %j', (text, passCode) => {
    expect(codes(text)).toEqual([[ID, passCode]]);
  });

  it('folds the mirrors and drive. into one share, with the bare domain in the address', () => {
    expect(parseLink(`https://drive.mypikpak.com/s/${ID}?password=ab12`)).toMatchObject({
      kind: 'pikpak-share',
      url: `https://mypikpak.com/s/${ID}?pwd=ab12`,
      key: `pikpak-share:${ID}`,
      passCode: 'ab12',
    });
  });

  it('lists several shares once each, in order, and nothing else', () => {
    const text = [
      `https://mypikpak.com/s/${ID}?pwd=ab12`,
      'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567',
      'mypikpak.com/s/VOsecondSHARE99 密码：zz99',
      `https://mypikpak.com/s/${ID}/VOfile123`,
    ].join('\n');
    expect(codes(text)).toEqual([
      [ID, 'ab12'],
      ['VOsecondSHARE99', 'zz99'],
    ]);
  });

  it('finds nothing in text without share pages', () => {
    expect(shareLinksIn('')).toEqual([]);
    expect(shareLinksIn('https://mypikpak.com/drive/all notmypikpak.com/s/VOabcdEFGH12345')).toEqual([]);
    expect(shareLinksIn('https://example.com/mypikpak.com/s/VOabcdEFGH12345')).toEqual([]);
  });
});
