import { destinationName, type Destination } from '../../shared/destination.ts';
import { t } from '../../shared/i18n.ts';
import { ruleFor, type SiteRule } from '../../shared/site-rules.ts';
import { MENU_CONTEXTS, MENU_PARENT_ID, type MenuItem } from './menu-item.ts';

/**
 * Folders by website in the "Send to PikPak" submenu. The menu is built ahead of time and Chrome has no
 * `contextMenus.onShown`, so it cannot be reordered for the page being clicked; instead each rule has its own
 * item at the top of the submenu, shown by the browser only on the rule's pages (`documentUrlPatterns`, which needs
 * no permission in Chrome or Firefox). On a ruled page the rule's folder is therefore the first choice, labelled
 * with the site so the user sees why. The other items stay what they say: an explicit choice beats a rule.
 */

const RULE_PREFIX = `${MENU_PARENT_ID}:rule:`;

export function ruleMenuId(site: string): string {
  return `${RULE_PREFIX}${site}`;
}

/** The site a rule item stands for; undefined for any other item. */
export function siteForMenuId(id: string | number): string | undefined {
  return typeof id === 'string' && id.startsWith(RULE_PREFIX) ? id.slice(RULE_PREFIX.length) : undefined;
}

/**
 * One item per rule, the most specific sites first (on `a.example.com` with rules for it and for `example.com`,
 * both show; the one that applies comes first), then a separator shown on the same pages.
 */
export function ruleMenuItems(rules: readonly SiteRule[]): MenuItem[] {
  if (rules.length === 0) return [];
  const contexts = [...MENU_CONTEXTS];
  const ordered = [...rules].sort((a, b) => b.site.length - a.site.length || a.site.localeCompare(b.site));
  return [
    ...ordered.map((rule) => ({
      id: ruleMenuId(rule.site),
      title: t('menuSiteRule', [rule.site, destinationName(rule.destination)]),
      parentId: MENU_PARENT_ID,
      contexts,
      documentUrlPatterns: sitePatterns(rule.site),
    })),
    {
      // Not under RULE_PREFIX: "separator" is a host name a rule may hold.
      id: `${MENU_PARENT_ID}:rules-separator`,
      title: '',
      parentId: MENU_PARENT_ID,
      type: 'separator' as const,
      contexts,
      documentUrlPatterns: ordered.flatMap((rule) => sitePatterns(rule.site)),
    },
  ];
}

/**
 * Where a click on a rule item sends: that site's rule as stored now. A rule removed since the menu was built
 * falls back to whatever rule covers the page (or frame), else the default.
 */
export function ruleItemDestination(
  site: string,
  rules: readonly SiteRule[],
  pageUrls: readonly (string | undefined)[],
  fallback: Destination,
): Destination {
  const rule = rules.find((entry) => entry.site === site) ?? ruleForAny(rules, pageUrls);
  return rule?.destination ?? fallback;
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
