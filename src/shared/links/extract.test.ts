import { describe, expect, it } from 'vitest';
import { extractLinks, findLinks } from './extract.ts';
import { parseLink } from './parse.ts';

const SINTEL = '08ada5a7a6183aae1e09d831df6748d566095a10';
const SINTEL_BASE32 = 'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ';
const HASH = '965c013e991ee246d63d45ea71954c4d';
const urls = (text: string) => extractLinks(text).map((link) => link.url);
const inputs = (text: string) => extractLinks(text).map((link) => link.input);

describe('extractLinks', () => {
  it('finds every kind in a Chinese forum post, in order', () => {
    const post = `【资源分享】流浪地球2 4K
磁力链接：magnet:?xt=urn:btih:${SINTEL}&dn=%E6%B5%81%E6%B5%AA%E5%9C%B0%E7%90%83&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337%2Fannounce，
电驴：ed2k://|file|流浪地球2 BD国语中字.mkv|5368709120|${HASH}|/
迅雷：thunder://QUFodHRwOi8vZXhhbXBsZS5jb20vtefTsC5tcDRaWg==
种子下载https://example.com/torrents/流浪地球2.torrent（推荐）
特征码：dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c。`;
    const links = extractLinks(post);
    expect(links.map((link) => link.kind)).toEqual(['magnet', 'ed2k', 'http', 'torrent-url', 'magnet']);
    expect(links.map((link) => link.displayName)).toEqual([
      '流浪地球',
      '流浪地球2 BD国语中字.mkv',
      '电影.mp4',
      '流浪地球2.torrent',
      'dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c',
    ]);
    expect(links[0]).toMatchObject({ trackers: ['udp://tracker.opentrackr.org:1337/announce'] });
    expect(links[2]).toMatchObject({ via: 'thunder' });
  });

  it('reads links out of HTML source', () => {
    const html = `<a href="magnet:?xt=urn:btih:${SINTEL}&amp;dn=Sintel&amp;tr=udp%3A%2F%2Ft1">Sintel</a>
      <a href='https://example.com/a.torrent'>torrent</a><a href="ed2k://|file|a b.avi|100|${HASH}|/">a b</a>`;
    expect(urls(html)).toEqual([
      `magnet:?xt=urn:btih:${SINTEL}&dn=Sintel&tr=udp%3A%2F%2Ft1`,
      'https://example.com/a.torrent',
      `ed2k://|file|a b.avi|100|${HASH.toUpperCase()}|/`,
    ]);
  });

  it('unwraps Markdown, brackets and sentence punctuation', () => {
    const text =
      'See [the file](https://example.com/a%20b.zip), the article (https://en.wikipedia.org/wiki/Foo_(bar)). ' +
      'Also <https://example.com/c.iso>, "https://example.com/d.mkv"; `https://example.com/e.mp4` and **https://example.com/f.rar**!';
    expect(urls(text)).toEqual([
      'https://example.com/a%20b.zip',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      'https://example.com/c.iso',
      'https://example.com/d.mkv',
      'https://example.com/e.mp4',
      'https://example.com/f.rar',
    ]);
  });

  it('cuts URLs at Chinese text and punctuation around them, keeping Chinese inside paths', () => {
    expect(
      inputs(
        '点击https://example.com/video观看，或者https://example.com/电影/第一集.mp4 下载https://a.example/b下载https://c.example/d',
      ),
    ).toEqual([
      'https://example.com/video',
      'https://example.com/电影/第一集.mp4',
      'https://a.example/b',
      'https://c.example/d',
    ]);
    expect(inputs('地址：https://example.com/a.zip，密码：1234。')).toEqual(['https://example.com/a.zip']);
  });

  it('runs an ed2k name with spaces to its closing |/', () => {
    expect(inputs(`ed2k://|file|My Movie (2020) 中文.mkv|123456|${HASH}|/ and more text`)).toEqual([
      `ed2k://|file|My Movie (2020) 中文.mkv|123456|${HASH}|/`,
    ]);
    // Unclosed: runs to the next space instead of swallowing the line.
    expect(
      inputs(`ed2k://|file|a.avi|100|${HASH}| and ed2k://|file|b.avi|100|${HASH.replace('9', '8')}|/`),
    ).toHaveLength(2);
  });

  it('continues a magnet across spaces in its name only when more parameters follow', () => {
    const [link] = extractLinks(`magnet:?xt=urn:btih:${SINTEL}&dn=Sintel 2010 1080p&tr=udp://tracker.a:80 is great`);
    expect(link).toMatchObject({ name: 'Sintel 2010 1080p', trackers: ['udp://tracker.a:80'] });
    expect(extractLinks(`magnet:?xt=urn:btih:${SINTEL}&dn=Sintel is great`)[0]).toMatchObject({ name: 'Sintel' });
    expect(extractLinks(`magnet:?xt=urn:btih:${SINTEL}&dn=【高清】流浪地球，很好看`)[0]).toMatchObject({
      name: '【高清】流浪地球',
    });
  });

  it('finds bare hashes only where they stand alone', () => {
    const text =
      `hash ${SINTEL}, base32 ${SINTEL_BASE32}; ` +
      'commit https://github.com/a/b/commit/0123456789abcdef0123456789abcdef01234567 ' +
      'path example.com/x/1123456789abcdef0123456789abcdef01234567 ' +
      'file 2123456789abcdef0123456789abcdef01234567.torrent ' +
      'urn urn:sha1:3123456789abcdef0123456789abcdef01234567 ' +
      'md5 d41d8cd98f00b204e9800998ecf8427e ' +
      'number 1234567890123456789012345678901234567890 ' +
      'word_4123456789abcdef0123456789abcdef01234567 ' +
      'labelled btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c 特征码：3WBFL3G4PSSV7MF37AJSHWDQMLNR63I4下载';
    expect(extractLinks(text).map((link) => link.key)).toEqual([
      `btih:${SINTEL}`,
      'https://github.com/a/b/commit/0123456789abcdef0123456789abcdef01234567',
      'btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c',
    ]);
  });

  it('deduplicates by key: first wins, a later magnet adds its trackers', () => {
    const text = `magnet:?xt=urn:btih:${SINTEL}&dn=Sintel&tr=udp://a:1
      magnet:?xt=urn:btih:${SINTEL_BASE32}&tr=udp://b:2&tr=udp://a:1
      ${SINTEL.toUpperCase()}
      thunder://${btoa(`AAmagnet:?xt=urn:btih:${SINTEL}&tr=udp://c:3ZZ`)}
      https://example.com/a https://EXAMPLE.com/a https://example.com/a#frag`;
    const links = extractLinks(text);
    expect(links.map((link) => link.key)).toEqual([
      `btih:${SINTEL}`,
      'https://example.com/a',
      'https://example.com/a#frag',
    ]);
    expect(links[0]).toMatchObject({
      name: 'Sintel',
      trackers: ['udp://a:1', 'udp://b:2', 'udp://c:3'],
      input: `magnet:?xt=urn:btih:${SINTEL}&dn=Sintel&tr=udp://a:1`,
    });
    expect(links[0]?.url).toBe(
      `magnet:?xt=urn:btih:${SINTEL}&dn=Sintel&tr=udp%3A%2F%2Fa%3A1&tr=udp%3A%2F%2Fb%3A2&tr=udp%3A%2F%2Fc%3A3`,
    );
  });

  it("keeps a ' inside a URL unless the URL was quoted with it", () => {
    expect(
      inputs(
        "https://example.com/Don't_Stop.mp3 and <a href='https://example.com/a.zip'>a</a>, 'https://example.com/b.zip'",
      ),
    ).toEqual(["https://example.com/Don't_Stop.mp3", 'https://example.com/a.zip', 'https://example.com/b.zip']);
  });

  it('finds any parsed link again when its URL is pasted into text', () => {
    for (const input of [
      `magnet:?xt=urn:btih:${SINTEL}&dn=Movie (2020) 【高清】!&tr=udp://t:1`,
      `ed2k://|file|a "b" c.avi|1|${HASH}|h=X|/`,
      'thunder://QUFodHRwOi8vZXhhbXBsZS5jb20vtefTsC5tcDRaWg==',
      "https://example.com/a(b)/c'd?q=[1]#x",
      'https://例子.测试/路径',
      'https://mypikpak.com/s/VOabcdEFGH12345?pwd=ab12',
      'https://twitter.com/a/status/1',
      SINTEL_BASE32,
    ]) {
      const link = parseLink(input);
      if (!link.ok) throw new Error(`${input} was rejected: ${link.reason}`);
      for (const text of [`见${link.url}。`, `(${link.url})`, `"${link.url}"`, `[x](${link.url}) next`]) {
        expect(
          extractLinks(text).map((found) => found.key),
          text,
        ).toEqual([link.key]);
      }
    }
  });

  it('folds the same X post under twitter.com and x.com', () => {
    expect(extractLinks('https://twitter.com/NASA/status/1 and https://x.com/NASA/status/1')).toHaveLength(1);
  });

  it('picks up the pass code written next to a share link', () => {
    const links = extractLinks(
      '分享：https://mypikpak.com/s/VOabcdEFGH12345 提取码：xy9z，另一个 https://mypikpak.com/s/VOzzzzzzzzzzzz (pwd: ab12) ' +
        'and https://mypikpak.com/s/VOyyyyyyyyyyyy?pwd=keep code: nope',
    );
    expect(links.map((link) => (link.kind === 'pikpak-share' ? link.passCode : undefined))).toEqual([
      'xy9z',
      'ab12',
      'keep',
    ]);
    expect(links[0]?.url).toBe('https://mypikpak.com/s/VOabcdEFGH12345?pwd=xy9z');
  });

  it('ignores schemes glued to words and scheme-only text', () => {
    expect(extractLinks('xhttp://a.example.com magnet:? support http:// and ftp://a.example.com')).toEqual([]);
  });

  it('returns nothing for text without links', () => {
    expect(extractLinks('')).toEqual([]);
    expect(extractLinks('今天天气很好。Nothing to see here, 1234567890.')).toEqual([]);
  });
});

describe('findLinks', () => {
  it('keeps rejected link-shaped slices and duplicates, in order', () => {
    const results = findLinks(
      `magnet:?xt=urn:btih:bad http://localhost/a ed2k://|server|1.2.3.4|4661|/ ${SINTEL} ${SINTEL}`,
    );
    expect(results.map((result) => (result.ok ? result.key : result.reason))).toEqual([
      'magnet-bad-hash',
      'url-private-host',
      'ed2k-not-file',
      `btih:${SINTEL}`,
      `btih:${SINTEL}`,
    ]);
  });

  it('stays linear on pathological input', () => {
    const started = performance.now();
    for (const unit of ['ed2k://|', 'magnet:?dn=a &', 'http://', 'thunder://', '(', 'a'.repeat(40) + ' ', '&amp;']) {
      findLinks(unit.repeat(Math.ceil(200_000 / unit.length)));
    }
    // A guard against catastrophic backtracking (minutes on 200 K characters), not a benchmark: linear code takes
    // tens of milliseconds, so the bound is loose enough for a busy CI machine.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
