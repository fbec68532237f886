import { describe, expect, it } from 'vitest';
import { isPrivateHost } from './http.ts';
import { parseLink } from './parse.ts';
import type { LinkResult } from './types.ts';

const reason = (result: LinkResult) => (result.ok ? 'accepted' : result.reason);

describe('http(s) links', () => {
  it('accepts plain downloads, normalised by the URL parser', () => {
    expect(parseLink('HTTPS://Example.COM:443/files/Ubuntu%2024.04.iso?x=1#top')).toMatchObject({
      ok: true,
      kind: 'http',
      sendable: true,
      url: 'https://example.com/files/Ubuntu%2024.04.iso?x=1#top',
      key: 'https://example.com/files/Ubuntu%2024.04.iso?x=1#top',
      displayName: 'Ubuntu 24.04.iso',
    });
    expect(parseLink('http://8.8.8.8/a.zip')).toMatchObject({ ok: true, url: 'http://8.8.8.8/a.zip' });
  });

  it('names a link by its last path segment, else its host as written', () => {
    expect(parseLink('https://example.com/')).toMatchObject({ displayName: 'example.com' });
    expect(parseLink('https://example.com/dir/')).toMatchObject({ displayName: 'dir' });
    expect(parseLink('https://例子.测试/')).toMatchObject({
      ok: true,
      url: 'https://xn--fsqu00a.xn--0zwm56d/',
      displayName: '例子.测试',
    });
    expect(parseLink('https://example.com/电影/第一集.mp4')).toMatchObject({
      url: 'https://example.com/%E7%94%B5%E5%BD%B1/%E7%AC%AC%E4%B8%80%E9%9B%86.mp4',
      displayName: '第一集.mp4',
    });
  });

  it('strips the brackets, quotes and punctuation links are copied with', () => {
    for (const input of [
      '<https://example.com/a.zip>',
      '(https://example.com/a.zip).',
      '"https://example.com/a.zip"',
      "'https://example.com/a.zip'",
      '`https://example.com/a.zip`',
      '**https://example.com/a.zip**',
      '[下载](https://example.com/a.zip)',
      '[https://example.com/a.zip](https://example.com/a.zip)',
      '「https://example.com/a.zip」。',
      '“https://example.com/a.zip”',
      'https://example.com/a.zip，',
      '  https://example.com/a.zip!  ',
    ]) {
      expect(parseLink(input), input).toMatchObject({
        ok: true,
        url: 'https://example.com/a.zip',
        input: input.trim(),
      });
    }
    expect(parseLink('(https://en.wikipedia.org/wiki/Foo_(bar))')).toMatchObject({
      url: 'https://en.wikipedia.org/wiki/Foo_(bar)',
    });
  });

  it('classifies .torrent files by path, not query', () => {
    expect(parseLink('https://releases.ubuntu.com/24.04/ubuntu-24.04-desktop-amd64.iso.torrent')).toMatchObject({
      kind: 'torrent-url',
      displayName: 'ubuntu-24.04-desktop-amd64.iso.torrent',
    });
    expect(parseLink('https://example.com/dl/Movie.TORRENT?passkey=abc')).toMatchObject({ kind: 'torrent-url' });
    expect(parseLink('https://example.com/download.php?f=a.torrent')).toMatchObject({ kind: 'http' });
  });

  it.each([
    ['https://x.com/NASA/status/1234567890123456789', 'x', 'https://x.com/NASA/status/1234567890123456789'],
    ['https://twitter.com/NASA/status/1234567890123456789', 'x', 'https://x.com/NASA/status/1234567890123456789'],
    [
      'https://mobile.twitter.com/NASA/status/1234567890123456789?s=20',
      'x',
      'https://x.com/NASA/status/1234567890123456789?s=20',
    ],
    [
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
      'tiktok',
      'https://tiktok.com/@scout2015/video/6718335390845095173',
    ],
    ['https://vm.tiktok.com/ZMabc123/', 'tiktok', 'https://vm.tiktok.com/ZMabc123/'],
    [
      'https://www.facebook.com/watch/?v=10155000000000000',
      'facebook',
      'https://facebook.com/watch/?v=10155000000000000',
    ],
    [
      'https://m.facebook.com/watch/?v=10155000000000000',
      'facebook',
      'https://facebook.com/watch/?v=10155000000000000',
    ],
    ['https://fb.watch/abcDEF/', 'facebook', 'https://fb.watch/abcDEF/'],
    ['https://t.me/durov/123', 'telegram', 'https://t.me/durov/123'],
    ['https://telegram.me/durov/123', 'telegram', 'https://telegram.me/durov/123'],
  ])('%s is a %s page', (input, platform, key) => {
    expect(parseLink(input)).toMatchObject({
      ok: true,
      kind: 'social',
      platform,
      sendable: true,
      key,
      url: new URL(input).href,
    });
  });

  it('does not mistake look-alike hosts for social sites', () => {
    expect(parseLink('https://vxtwitter.com/a/status/1')).toMatchObject({ kind: 'http' });
    expect(parseLink('https://notfacebook.com/watch')).toMatchObject({ kind: 'http' });
  });

  it('recognises PikPak share links but does not send them', () => {
    expect(parseLink('https://mypikpak.com/s/VOabcdEFGH12345/VOfile123?pwd=ab12')).toMatchObject({
      ok: true,
      kind: 'pikpak-share',
      sendable: false,
      unsendableReason: 'pikpak-share-link',
      shareId: 'VOabcdEFGH12345',
      fileId: 'VOfile123',
      passCode: 'ab12',
      url: 'https://mypikpak.com/s/VOabcdEFGH12345/VOfile123?pwd=ab12',
      key: 'pikpak-share:VOabcdEFGH12345/VOfile123',
    });
    const net = parseLink('http://www.mypikpak.net/s/VOabcdEFGH12345/?utm_source=x');
    expect(net).toMatchObject({
      kind: 'pikpak-share',
      url: 'https://mypikpak.net/s/VOabcdEFGH12345',
      key: 'pikpak-share:VOabcdEFGH12345',
    });
    expect(net).not.toHaveProperty('passCode');
    // Not a share page: ordinary links on the same site.
    expect(parseLink('https://mypikpak.com/s/')).toMatchObject({ kind: 'http' });
    expect(parseLink('https://mypikpak.com/drive/all')).toMatchObject({ kind: 'http' });
  });

  it.each([
    ['ftp://ftp.example.com/a.iso'],
    ['sftp://host/a'],
    ['javascript:alert(1)'],
    ['JavaScript:void(0)'],
    ['data:text/html,<b>hi</b>'],
    ['file:///etc/passwd'],
    ['chrome-extension://abcdef/popup.html'],
    ['about:blank'],
    ['mailto:a@example.com'],
    ['rtmp://live.example/app'],
    ['qqdl://aHR0cDovL2V4YW1wbGUuY29tLw=='],
    ['flashget://W0ZMQVNIR0VUXQ==&abc'],
  ])('refuses %s as an unsupported scheme', (input) => {
    expect(reason(parseLink(input))).toBe('unsupported-scheme');
  });

  it('refuses invalid URLs and URLs with spaces', () => {
    expect(reason(parseLink('https://'))).toBe('url-invalid');
    expect(reason(parseLink('http://exa_mple..com:99999/'))).toBe('url-invalid');
    expect(reason(parseLink('https://e）n.wikipedia.org/'))).toBe('url-invalid'); // full-width bracket maps to ")" in the host
    expect(reason(parseLink('https://example.com/a file.zip'))).toBe('url-has-spaces');
    expect(reason(parseLink('https://example.com/a.zip 下载'))).toBe('url-has-spaces');
  });

  it.each([
    'http://localhost:8080/a',
    'http://app.localhost/',
    'http://nas/a.mkv',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://127.0.0.1/',
    'http://0x7f.1/',
    'http://10.0.0.1/a',
    'http://172.20.1.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest',
    'http://100.64.0.1/',
    'https://printer.local/',
    'http://router.lan/',
    'http://0.0.0.0/',
  ])('refuses %s as a private host', (input) => {
    expect(reason(parseLink(input))).toBe('url-private-host');
  });

  it('lets public addresses through', () => {
    for (const host of ['example.com', '8.8.8.8', '172.32.0.1', '192.169.0.1', '[2001:db8::1]', 'a.b.c.example.co.uk'])
      expect(isPrivateHost(host), host).toBe(false);
  });
});
