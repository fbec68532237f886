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

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `host` is a name a rule can hold: dot-separated labels, not an IP address (no match pattern for ranges). */
export function isSiteName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (!labels.every((label) => LABEL.test(label))) return false;
  // An IPv4 address (every label a number) has no subdomains; a rule would mislead.
  return !labels.every((label) => /^\d+$/.test(label));
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

/** A stored or imported rule: a normalised site and a destination. */
export function isSiteRule(value: unknown): value is SiteRule {
  // A stored site is already normalised: a valid name is all there is to check (and pages that only read rules,
  // such as the popup, then carry no address parsing).
  return (
    isRecord(value) && typeof value.site === 'string' && isSiteName(value.site) && isDestination(value.destination)
  );
}

/** A list of rules as stored: each valid, one per site, at most MAX_SITE_RULES. */
export function isSiteRuleList(value: unknown): value is SiteRule[] {
  if (!Array.isArray(value) || value.length > MAX_SITE_RULES || !value.every(isSiteRule)) return false;
  return new Set(value.map((rule) => rule.site)).size === value.length;
}
