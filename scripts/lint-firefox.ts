/**
 * `npm run lint:firefox`: Mozilla's linter (the one AMO runs on upload) over the Firefox build in dist-firefox/.
 * Fails on any error; lists warnings and notices. Never run it on dist/ (Chrome): it always reports errors there
 * (a service worker without background scripts, no add-on id); test/project/manifests.test.ts checks that one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const DIST_FIREFOX = path.resolve('dist-firefox');
if (!existsSync(path.join(DIST_FIREFOX, 'manifest.json'))) {
  console.error(`No Firefox build in ${DIST_FIREFOX}: run "npm run build:firefox" first.`);
  process.exit(1);
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint printed no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line === undefined ? '' : `:${m.line}`})` : '');
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) console.info(`${kind.slice(0, -1)}: ${m.code}: ${m.message}${where(m)}`);
}
const { errors, warnings, notices } = report.summary;
console.info(`web-ext lint dist-firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
