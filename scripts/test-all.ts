/**
 * `npm test`: typecheck, lint, both builds (Chrome and Firefox, the latter linted by Mozilla's linter), Node tests,
 * then the browser tests against the production builds (Chromium, then a Firefox smoke suite).
 * Every stage runs even when an earlier one failed, so one run shows every problem; the exit code is non-zero
 * if any stage failed, or if the browser tests did not run (none found, or any skipped).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exitUnlessBrowsersFound } from '../test/support/find-browsers.ts';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
}

interface Stage {
  name: string;
  command: string[];
  /** Where the stage writes Vitest's JSON report, for the test counts. */
  report?: string;
  /** The stage fails unless it ran at least one test and skipped none. */
  mustRunTests?: boolean;
}

// The browsers the browser stages need, checked before anything runs: a missing one is one sentence, not a failed launch.
exitUnlessBrowsersFound(['chrome', 'firefox']);

const REPORTS = path.resolve('test-results');
mkdirSync(REPORTS, { recursive: true });

const stages: Stage[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', command: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  // The same sources for Firefox (dist-firefox/), then the linter AMO runs on upload: 0 errors or the stage fails.
  {
    name: 'Firefox build',
    command: ['npx', 'vite', 'build', '--config', 'vite.config.firefox.ts', '--logLevel', 'error'],
  },
  { name: 'Firefox lint (web-ext)', command: ['npx', 'tsx', 'scripts/lint-firefox.ts'] },
  {
    name: 'unit and integration tests (Node)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/unit.json`],
    report: `${REPORTS}/unit.json`,
    mustRunTests: true,
  },
  {
    name: 'browser tests (production build in headless Chromium)',
    command: [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${REPORTS}/e2e.json`,
    ],
    report: `${REPORTS}/e2e.json`,
    mustRunTests: true,
  },
  {
    name: 'Firefox smoke tests (production build in headless Firefox)',
    command: [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.firefox.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${REPORTS}/firefox.json`,
    ],
    report: `${REPORTS}/firefox.json`,
    mustRunTests: true,
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const problems: string[] = [];

for (const stage of stages) {
  console.info(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const [bin, ...args] = stage.command as [string, ...string[]];
  const result = spawnSync(bin, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) problems.push(`${stage.name} failed (exit ${result.status ?? result.signal})`);
  if (stage.report) {
    const counts = readReport(stage.report);
    if (!counts) {
      problems.push(`${stage.name}: no test report`);
    } else {
      passed += counts.numPassedTests;
      failed += counts.numFailedTests;
      const stageSkipped = counts.numPendingTests + counts.numTodoTests;
      skipped += stageSkipped;
      if (stage.mustRunTests && counts.numTotalTests === 0) problems.push(`${stage.name}: no test ran`);
      if (stage.mustRunTests && stageSkipped > 0) problems.push(`${stage.name}: ${stageSkipped} skipped`);
    }
  }
  console.info(`--- ${stage.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
}

console.info('\n=== summary ===');
for (const problem of problems) console.error(`FAILED: ${problem}`);
console.info(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length === 0 ? 0 : 1);

function readReport(file: string): VitestJson | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    return undefined;
  }
}
