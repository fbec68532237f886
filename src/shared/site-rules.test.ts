import { describe, expect, it } from 'vitest';
import { normaliseSite, withoutRule, withRule } from './site-rule-edit.ts';
import { isSiteRuleList, MAX_SITE_RULES, ruleFor, type SiteRule } from './site-rules.ts';

const folder = (id: string) => ({ kind: 'folder' as const, id, name: `Folder ${id}` });
const rule = (site: string, id = site): SiteRule => ({ site, destination: folder(id) });

describe('normaliseSite', () => {
  it.each([
    ['nyaa.si', 'nyaa.si'],
    ['  Nyaa.SI  ', 'nyaa.si'],
    ['https://nyaa.si/view/1', 'nyaa.si'],
    ['http://user:pw@sub.nyaa.si:8080/a?b#c', 'sub.nyaa.si'],
    ['nyaa.si/view/1', 'nyaa.si'],
    ['nyaa.si:8443', 'nyaa.si'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['ftp://files.example.org/pub', 'files.example.org'],
  ])('reads %j as the host %j', (input, site) => {
    expect(normaliseSite(input)).toEqual({ ok: true, site });
  });

  it('says an empty field is empty', () => {
    expect(normaliseSite('   ')).toEqual({ ok: false, problem: 'empty' });
  });

  it.each([
    'not a site',
    '*',
    '*.',
    'http://',
    'mailto:a@b.com',
    'magnet:?xt=urn:btih:abc',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '192.168.1.1',
    '[::1]',
    'exa_mple.com',
    '-bad.com',
    'a..b',
    `${'a'.repeat(64)}.com`,
  ])('refuses %j', (input) => {
    expect(normaliseSite(input)).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('ruleFor', () => {
  const rules = [rule('example.com', 'E'), rule('sub.example.com', 'S'), rule('nyaa.si', 'N')];

  it('matches the site and its subdomains, not look-alikes', () => {
    expect(ruleFor(rules, 'https://nyaa.si/view/1')?.site).toBe('nyaa.si');
    expect(ruleFor(rules, 'https://www.nyaa.si/')?.site).toBe('nyaa.si');
    expect(ruleFor(rules, 'https://NYAA.SI./')?.site).toBe('nyaa.si');
    expect(ruleFor(rules, 'https://notnyaa.si/')).toBeUndefined();
    expect(ruleFor(rules, 'https://nyaa.si.evil.com/')).toBeUndefined();
  });

  it('picks the most specific site, whatever the order of the rules', () => {
    expect(ruleFor(rules, 'https://a.sub.example.com/x')?.destination).toEqual(folder('S'));
    expect(ruleFor([...rules].reverse(), 'https://sub.example.com/')?.destination).toEqual(folder('S'));
    expect(ruleFor(rules, 'https://other.example.com/')?.destination).toEqual(folder('E'));
  });

  it('has no rule for pages that are not on the web, or no address at all', () => {
    expect(ruleFor(rules, undefined)).toBeUndefined();
    expect(ruleFor(rules, '')).toBeUndefined();
    expect(ruleFor(rules, 'chrome://extensions')).toBeUndefined();
    expect(ruleFor(rules, 'about:blank')).toBeUndefined();
    expect(ruleFor(rules, 'not a url')).toBeUndefined();
    expect(ruleFor([], 'https://nyaa.si/')).toBeUndefined();
  });
});

describe('rule lists', () => {
  it('keeps one rule per site: adding a site again replaces its folder in place', () => {
    const rules = withRule(withRule([], rule('a.com', '1')), rule('b.com', '2'));
    expect(withRule(rules, rule('a.com', '3'))).toEqual([rule('a.com', '3'), rule('b.com', '2')]);
    expect(withoutRule(rules, 'a.com')).toEqual([rule('b.com', '2')]);
  });

  it('accepts only normalised sites with a destination, once each, within the bound', () => {
    expect(isSiteRuleList([])).toBe(true);
    expect(isSiteRuleList([rule('nyaa.si'), { site: 'x.org', destination: { kind: 'my-pack' } }])).toBe(true);
    expect(isSiteRuleList([rule('Nyaa.si')])).toBe(false);
    expect(isSiteRuleList([rule('https://nyaa.si/')])).toBe(false);
    expect(isSiteRuleList([{ site: 'nyaa.si' }])).toBe(false);
    expect(isSiteRuleList([{ site: 'nyaa.si', destination: { kind: 'folder', id: '' } }])).toBe(false);
    expect(isSiteRuleList([rule('nyaa.si'), rule('nyaa.si', 'other')])).toBe(false);
    expect(isSiteRuleList({ 'nyaa.si': folder('1') })).toBe(false);
    expect(isSiteRuleList('nyaa.si')).toBe(false);
    const many = Array.from({ length: MAX_SITE_RULES + 1 }, (_, n) => rule(`s${n}.com`));
    expect(isSiteRuleList(many)).toBe(false);
  });
});
