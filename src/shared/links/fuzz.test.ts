/**
 * Fuzz: 10,000 random and mutated inputs through every entry point. Properties, not examples: nothing throws, every
 * rejection carries a known code, every accepted link re-parses to itself (same key, same URL), and it is fast.
 * Reproduce a failure with LINKS_FUZZ_SEED=<seed printed below> npx vitest run src/shared/links/fuzz.test.ts
 */
import { describe, expect, it } from 'vitest';
import {
  extractLinks,
  findLinks,
  LINK_KINDS,
  parseLines,
  parseLink,
  REJECT_REASONS,
  type LinkResult,
} from './index.ts';

const SEED = Number(process.env.LINKS_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 32);
const RUNS = 10_000;
const HUGE = 100_000;

/** mulberry32: tiny, fast, good enough to drive a fuzzer, and the same on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = [
  'magnet:?xt=urn:btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c&dn=Big+Buck+Bunny&tr=udp%3A%2F%2Fexplodie.org%3A6969&tr=wss%3A%2F%2Ftracker.btorrent.xyz&ws=https%3A%2F%2Fwebtorrent.io%2Ftorrents%2F',
  'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel&tr=udp%3A%2F%2Ftracker.leechers-paradise.org%3A6969',
  'magnet:?xt=urn:btih:631a31dd0a46257d5078c0dee4e66e26f73e42ac&xt=urn:btmh:1220d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb&dn=bittorrent-v1-v2-hybrid-test',
  'magnet:?xt=urn:btih:3WBFL3G4PSSV7MF37AJSHWDQMLNR63I4&dn=%E7%94%B5%E5%BD%B1%E3%80%90%E9%AB%98%E6%B8%85%E3%80%91',
  'magnet:?xt=urn:btih:c9e15763f722f23e98a29decdfae341b98d53056&dn=Cosmos Laundromat (2015).mkv&xl=222334455&tr=http://tracker.example/announce',
  'MMNDDXIKIYSX2UDYYDPOJZTOE33T4QVM',
  '08ADA5A7A6183AAE1E09D831DF6748D566095A10',
  'ed2k://|file|The_Two_Towers-The_Purist_Edit-Trailer.avi|14997504|965c013e991ee246d63d45ea71954c4d|/',
  'ed2k://|file|中文 名字.mkv|734003200|A1B2C3D4E5F60718293A4B5C6D7E8F90|h=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567|/',
  'ed2k://|file|%E7%94%B5%E5%BD%B1.rmvb|1048576|0123456789ABCDEF0123456789ABCDEF|/',
  'thunder://QUFodHRwOi8vZXhhbXBsZS5jb20vtefTsC5tcDRaWg==',
  'thunder://QUFlZDJrOi8vfGZpbGV85Lit5paHIOWQjeWtly5ta3Z8NzM0MDAzMjAwfEExQjJDM0Q0RTVGNjA3MTgyOTNBNEI1QzZEN0U4RjkwfC9aWg==',
  'https://releases.ubuntu.com/24.04/ubuntu-24.04-desktop-amd64.iso.torrent',
  'https://example.com/files/movie.mp4?token=abc&expires=123#t=10',
  'https://en.wikipedia.org/wiki/Foo_(bar)',
  'https://x.com/NASA/status/1234567890123456789',
  'https://www.tiktok.com/@scout2015/video/6718335390845095173',
  'https://t.me/durov/123',
  'https://m.facebook.com/watch/?v=10155000000000000',
  'https://mypikpak.com/s/VOabcdEFGH12345/VOfile123?pwd=ab12',
  'https://mypikpak.net/s/VNxyz0987654321',
  'http://例子.测试/路径/文件.zip',
];

const NOISE = [
  '下载地址：',
  '，',
  '。',
  '提取码：ab12',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '<a href="',
  '">',
  '</a>',
  '[链接](',
  ')',
  '(',
  '**',
  '`',
  '"',
  "'",
  '【',
  '】',
  '&amp;',
  '|',
  '/',
  '?',
  '#',
  '=',
  '&',
  '%',
  '%E4%B8',
  '\u3000',
  '\u00a0',
  '😀',
  '\uD800',
  '\uDC00',
  'urn:btih:',
  'magnet:',
  'ed2k://',
  'thunder://',
  'http://',
  'https://',
  'btih:',
  'ftp://a.b/c',
  'javascript:alert(1)',
];

const POOLS = [
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  '0123456789abcdefABCDEF234567',
  '电影高清下载链接磁力种子提取码密码中文名字，。、；：！？（）【】《》「」“”‘’…　',
  '\u0000\u0001\u001f\u007f\u00a0\u200b\u2028\ufeff\uD800\uDBFF\uDC00\uDFFF\uFFFD',
  '😀🎬🇨🇳é漢字ß',
].map((pool) => Array.from(pool)); // code points; lone surrogates stay single entries

describe('link parser fuzz', () => {
  it(`survives ${RUNS} random and mutated inputs (seed ${SEED})`, () => {
    console.info(`links fuzz seed: ${SEED} (LINKS_FUZZ_SEED=${SEED} to reproduce)`);
    const random = prng(SEED);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
    const char = () => pick(pick(POOLS));
    const randomText = (max: number) => Array.from({ length: int(max) }, char).join('');

    const mutate = (text: string): string => {
      let out = text;
      for (let round = 1 + int(4); round > 0; round -= 1) {
        const at = int(out.length + 1);
        switch (int(8)) {
          case 0:
            out = out.slice(0, at) + char() + out.slice(at + 1);
            break; // flip
          case 1:
            out = out.slice(0, at) + char() + out.slice(at);
            break; // insert
          case 2:
            out = out.slice(0, at) + out.slice(at + 1 + int(3));
            break; // delete
          case 3:
            out = out.slice(0, at);
            break; // truncate
          case 4:
            out = out.slice(0, at) + pick(NOISE) + out.slice(at);
            break; // syntax noise
          case 5:
            out = out.slice(0, at) + out.slice(int(out.length), int(out.length) + 20) + out.slice(at);
            break; // repeat a slice
          case 6:
            out = at % 2 ? out.toUpperCase() : out.toLowerCase();
            break;
          default:
            out = out.slice(0, at) + pick(VALID) + out.slice(at);
            break; // a link inside a link
        }
      }
      return out;
    };

    const make = (run: number): string => {
      if (run < VALID.length) return VALID[run] ?? '';
      const shape = random();
      if (shape < 0.4) return mutate(pick(VALID));
      if (shape < 0.55) return randomText(80);
      if (shape < 0.9) {
        // Free text: links (some damaged) with noise between them, over several lines.
        return Array.from(
          { length: 1 + int(8) },
          () => (int(3) ? pick(VALID) : mutate(pick(VALID))) + pick(NOISE) + randomText(6),
        ).join(int(2) ? ' ' : '\n');
      }
      if (shape < 0.998) return pick(NOISE).repeat(1 + int(50)) + pick(VALID) + pick(NOISE).repeat(int(50));
      // Huge (about 20 per run): a pasted page or a flood of one token, capped at HUGE characters.
      const unit = int(2) ? `${pick(VALID)} ${randomText(20)}\n` : pick(NOISE) + pick(VALID).slice(0, 12);
      return unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);
    };

    const problems: string[] = [];
    const report = (problem: string, input: string) => {
      if (problems.length < 10)
        problems.push(`${problem} — seed ${SEED}, input ${JSON.stringify(input.slice(0, 300))}`);
    };
    const reparsed = new Map<string, string>();
    const check = (result: LinkResult, input: string) => {
      if (!result.ok) {
        if (!REJECT_REASONS.includes(result.reason)) report(`unknown reason ${String(result.reason)}`, input);
        if (result.innerReason !== undefined && !REJECT_REASONS.includes(result.innerReason))
          report('unknown inner reason', input);
        return;
      }
      if (!LINK_KINDS.includes(result.kind) || !result.url || !result.key || !result.displayName.trim())
        report('incomplete link', input);
      if (result.sendable !== (result.kind !== 'pikpak-share')) report('sendable does not match kind', input);
      // Huge inputs repeat the same links hundreds of times; re-parse each distinct URL once.
      if (reparsed.get(result.url) === result.key) return;
      const again = parseLink(result.url);
      if (again.ok) reparsed.set(result.url, again.key);
      if (!again.ok) report(`own url rejected (${again.reason}): ${result.url.slice(0, 200)}`, input);
      else if (again.key !== result.key) report(`key changed on re-parse: ${result.key} → ${again.key}`, input);
      else if (again.url !== result.url) report(`url changed on re-parse: ${result.url} → ${again.url}`, input);
    };

    const started = performance.now();
    let accepted = 0;
    for (let run = 0; run < RUNS && problems.length === 0; run += 1) {
      const input = make(run);
      try {
        const single = parseLink(input);
        check(single, input);
        if (single.ok) accepted += 1;
        const links = extractLinks(input);
        for (const link of links) check(link, input);
        if (new Set(links.map((link) => link.key)).size !== links.length)
          report('extractLinks returned duplicate keys', input);
        // findLinks is extractLinks before deduplication; on huge inputs the two passes above cover it.
        if (input.length < 10_000) for (const result of findLinks(input)) check(result, input);
        const lines = parseLines(input);
        for (const entry of lines) {
          check(entry.result, input);
          if (entry.duplicateOf !== undefined) {
            const first = lines.find(
              (other) =>
                other.line === entry.duplicateOf &&
                other.duplicateOf === undefined &&
                other.result.ok &&
                entry.result.ok &&
                other.result.key === entry.result.key,
            );
            if (!first || entry.duplicateOf > entry.line) report('duplicateOf points nowhere', input);
          }
        }
      } catch (error) {
        report(`threw ${String(error)}`, input);
      }
    }
    const elapsed = performance.now() - started;
    console.info(`links fuzz: ${RUNS} inputs, ${accepted} accepted by parseLink, ${Math.round(elapsed)} ms`);

    expect(problems).toEqual([]);
    // Catches a pathological slowdown, not a benchmark (about 1.5 s here; loose for a busy CI machine).
    expect(elapsed).toBeLessThan(30_000);
  });
});
