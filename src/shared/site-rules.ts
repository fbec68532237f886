import { isDestination, type Destination } from './destination.ts';
import { isRecord } from './storage.ts';

/**
 * Folders by website (Options › Downloads): links sent from a page of `site` (or of any of its subdomains) go to
 * `destination` unless the user picks another folder explicitly. Used by the context menu, the shortcut and quick
 * add. Pure: no browser API, so the matching is tested in Node.
 */
export interface SiteRule {
  /** A host name, lower case, without a scheme, port, path, leading `*.` or trailing dot (`nyaa.si`). */
  site: string;
  destination: Destination;
}

/** More rules than anyone keeps by hand; a bound so a broken file cannot fill the menu with thousands. */
export const MAX_SITE_RULES = 200;

export type SiteProblem = 'empty' | 'invalid';
export type NormalisedSite = { ok: true; site: string } | { ok: false; problem: SiteProblem };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `host` is a name a rule can hold: dot-separated labels, not an IP address (no match pattern for ranges). */
export function isSiteName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (!labels.every((label) => LABEL.test(label))) return false;
  // An IPv4 address (every label a number) has no subdomains; a rule would mislead.
  return !labels.every((label) => /^\d+$/.test(label));
}

/**
 * What the user typed in the site field, as a host: `nyaa.si`, `https://nyaa.si/view/1`, `*.example.com`,
 * `Example.COM.` and `nyaa.si/view/1` all give a host; an internationalised name is stored in its ASCII form
 * (what URLs and the browser's match patterns use).
 */
export function normaliseSite(input: string): NormalisedSite {
  let text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  // "*.example.com" means the site and its subdomains, which is what every rule does anyway.
  text = text.replace(/^\*\./, '');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  // `mailto:a@b.com`, `magnet:?…`: an address of another kind, not a site (`nyaa.si:8443` is a port, kept).
  if (!hasScheme && (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text) || text.includes('@'))) {
    return { ok: false, problem: 'invalid' };
  }
  let host: string;
  try {
    const url = new URL(hasScheme ? text : `http://${text}`);
    if (!['http:', 'https:', 'ftp:'].includes(url.protocol)) return { ok: false, problem: 'invalid' };
    host = url.hostname;
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  host = host.toLowerCase().replace(/\.$/, '');
  return isSiteName(host) ? { ok: true, site: host } : { ok: false, problem: 'invalid' };
}

/** The host of a page's address, lower case without the trailing dot; undefined for non-web pages. */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'ftp:'].includes(parsed.protocol)) return undefined;
    return parsed.hostname.toLowerCase().replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Whether a rule for `site` covers `host`: the site itself or any subdomain (`a.nyaa.si`, not `notnyaa.si`). */
export function siteCovers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** The rule for a page: the most specific site covering its host (`sub.example.com` before `example.com`). */
export function ruleFor(rules: readonly SiteRule[], url: string | undefined): SiteRule | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  let best: SiteRule | undefined;
  for (const rule of rules) {
    if (siteCovers(rule.site, host) && (best === undefined || rule.site.length > best.site.length)) best = rule;
  }
  return best;
}

/** The first page address a rule applies to, of those given (the frame first, then the page, then the tab). */
export function ruleForAny(rules: readonly SiteRule[], urls: readonly (string | undefined)[]): SiteRule | undefined {
  for (const url of urls) {
    const rule = ruleFor(rules, url);
    if (rule !== undefined) return rule;
  }
  return undefined;
}

/**
 * The browser's match patterns for the pages of a site: `*.` in a match pattern's host covers the host itself and
 * every subdomain, so one pattern is the whole rule (Chrome and Firefox alike).
 */
export function sitePatterns(site: string): string[] {
  return [`*://*.${site}/*`];
}

/** The rules with `rule` added, or replacing the rule for the same site (one rule per site). */
export function withRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const index = rules.findIndex((entry) => entry.site === rule.site);
  if (index === -1) return [...rules, rule];
  return rules.map((entry, at) => (at === index ? rule : entry));
}

export function withoutRule(rules: readonly SiteRule[], site: string): SiteRule[] {
  return rules.filter((entry) => entry.site !== site);
}

/** A stored or imported rule: a normalised site and a destination. */
export function isSiteRule(value: unknown): value is SiteRule {
  if (!isRecord(value) || typeof value.site !== 'string' || !isDestination(value.destination)) return false;
  const normalised = normaliseSite(value.site);
  return normalised.ok && normalised.site === value.site;
}

/** A list of rules as stored: each valid, one per site, at most MAX_SITE_RULES. */
export function isSiteRuleList(value: unknown): value is SiteRule[] {
  if (!Array.isArray(value) || value.length > MAX_SITE_RULES || !value.every(isSiteRule)) return false;
  return new Set(value.map((rule) => rule.site)).size === value.length;
}

/** Only the rule's own fields, so nothing unknown rides along into storage. */
export function copyRule(rule: SiteRule): SiteRule {
  const { destination } = rule;
  return {
    site: rule.site,
    destination:
      destination.kind === 'my-pack'
        ? { kind: 'my-pack' }
        : { kind: 'folder', id: destination.id, name: destination.name },
  };
}
