import { accountState } from '../shared/account.ts';
import { aria2SettingsItem } from '../shared/aria2-settings.ts';
import { lastConnectionCheck, recentErrors, type RecentError } from '../shared/diagnostics.ts';
import { DEFAULT_FILES_VIEW, filesViewItem, type FilesViewPrefs } from '../shared/files-view.ts';
import type { ConnectionCheck } from '../shared/messages.ts';
import { getSettings, type Settings } from '../shared/settings.ts';

/** How many recent errors the report lists (newest first). */
export const REPORT_ERRORS = 10;

/**
 * What Diagnostics › Copy report puts together. Built from fields chosen one by one, never from a stored object as
 * a whole: no token, session, device id, aria2 secret, account id, email or name, and no folder name or path.
 */
export interface DiagnosticsReportInput {
  version: string;
  userAgent: string;
  platform: string;
  settings: Settings;
  /** The aria2 endpoint's origin only (a path or query could carry something private). */
  aria2Origin: string | undefined;
  aria2DirSet: boolean;
  filesView: FilesViewPrefs;
  signedIn: boolean;
  errors: readonly RecentError[];
  lastCheck: ConnectionCheck | null;
}

const iso = (at: number) => (Number.isFinite(at) ? new Date(at).toISOString() : String(at));

function settingLine(key: keyof Settings, settings: Settings): string {
  if (key === 'defaultDestination') return `  defaultDestination: ${settings.defaultDestination.kind}`;
  // Which sites have rules says where the user browses: only how many.
  if (key === 'siteRules') return `  siteRules: ${settings.siteRules.length}`;
  if (key === 'rootFolder') return `  rootFolder: ${settings.rootFolder === null ? 'My Drive' : 'a folder'}`;
  return `  ${key}: ${String(settings[key])}`;
}

function errorLine(error: RecentError): string {
  const parts = [iso(error.at), error.kind, error.request, error.endpoint];
  if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
  return `  ${parts.filter((part) => part !== undefined && part !== '').join(' · ')}`;
}

function checkLine(check: ConnectionCheck | null): string {
  if (check === null) return 'Connection check: not run';
  const status = check.status === undefined ? '' : `, HTTP ${check.status}`;
  const result = check.reachable ? 'reachable' : 'not reachable';
  return `Connection check: ${check.host} ${result}${status}, ${check.latencyMs} ms, at ${iso(check.checkedAt)}`;
}

/** The report's text (English, for a bug report). */
export function formatDiagnosticsReport(input: DiagnosticsReportInput): string {
  const newestFirst = [...input.errors].sort((a, b) => b.at - a.at).slice(0, REPORT_ERRORS);
  const lines = [
    'PikPak Companion diagnostics',
    `Version: ${input.version}`,
    `Browser: ${input.userAgent}`,
    `Platform: ${input.platform}`,
    `Signed in: ${input.signedIn ? 'yes' : 'no'}`,
    'Settings:',
    ...(Object.keys(input.settings) as (keyof Settings)[]).sort().map((key) => settingLine(key, input.settings)),
    `aria2: ${input.aria2Origin ?? 'not set'}, download folder ${input.aria2DirSet ? 'set' : "aria2's own"}`,
    `File browser: ${(Object.keys(input.filesView) as (keyof FilesViewPrefs)[])
      .sort()
      .map((key) => `${key}=${String(input.filesView[key])}`)
      .join(', ')}`,
    checkLine(input.lastCheck),
    `Recent errors (${newestFirst.length} of ${input.errors.length}):`,
    ...(newestFirst.length === 0 ? ['  none'] : newestFirst.map(errorLine)),
  ];
  return `${lines.join('\n')}\n`;
}

function originOf(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).origin;
  } catch {
    return undefined;
  }
}

/** Reads what the report needs from storage and the page's navigator. */
export async function gatherDiagnosticsReport(version: string, nav: Pick<Navigator, 'userAgent' | 'platform'>) {
  const [settings, aria2, filesView, account, errors, lastCheck] = await Promise.all([
    getSettings(),
    aria2SettingsItem.get(),
    filesViewItem.get(),
    accountState.get(),
    recentErrors.get(),
    lastConnectionCheck.get(),
  ]);
  return formatDiagnosticsReport({
    version,
    userAgent: nav.userAgent,
    platform: nav.platform,
    settings,
    aria2Origin: originOf(aria2.endpoint),
    aria2DirSet: aria2.dir !== '',
    filesView: { ...DEFAULT_FILES_VIEW, ...filesView },
    signedIn: account.status === 'signed-in',
    errors,
    lastCheck,
  });
}
