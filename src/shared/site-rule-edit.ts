import { isSiteName, type SiteRule } from './site-rules.ts';

/**
 * Editing folders by website (Options › Downloads, the settings file): what the user typed becomes a site, rules
 * are added, replaced, removed and copied. Apart from ./site-rules.ts, which pages that only read and match rules
 * (the popup, the worker's menu) import, so they carry no address parsing.
 */

export type SiteProblem = 'empty' | 'invalid';

export type NormalisedSite = { ok: true; site: string } | { ok: false; problem: SiteProblem };

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

/** The rules with `rule` added, or replacing the rule for the same site (one rule per site). */
export function withRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const index = rules.findIndex((entry) => entry.site === rule.site);
  if (index === -1) return [...rules, rule];
  return rules.map((entry, at) => (at === index ? rule : entry));
}

export function withoutRule(rules: readonly SiteRule[], site: string): SiteRule[] {
  return rules.filter((entry) => entry.site !== site);
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
