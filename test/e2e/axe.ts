import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

/** One serious or critical axe violation, as axe reports it (the parts a fix needs). */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/**
 * Runs axe-core over the page as it is now and returns its serious and critical violations. Extension pages' CSP
 * (`script-src 'self'`) blocks an inline `<script>`, so axe's source goes in through `page.evaluate` (CDP evaluates
 * it whatever the CSP says); it is added once per document.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    const results = (await axe.run(document, { resultTypes: ['violations'] })) as { violations: AxeViolation[] };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The violations as a failure message: rule, impact and help, then each offending node's selector and HTML. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map(
          (n) =>
            `  at ${n.target.join(' ')}\n    ${n.html.slice(0, 300)}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Checks the page in the light and then the dark scheme; returns a readable report of what failed ('' if none). */
export async function axeBothSchemes(page: Page, where: string): Promise<string> {
  const reports: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // Colours change with a transition: let every finite animation end before contrast is measured.
    await page.evaluate(async () => {
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    const violations = await seriousViolations(page);
    if (violations.length > 0) reports.push(`${where} (${colorScheme}):\n${formatViolations(violations)}`);
  }
  await page.emulateMedia({ colorScheme: null, reducedMotion: null });
  return reports.join('\n\n');
}
