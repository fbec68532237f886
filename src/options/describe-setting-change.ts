import { destinationName, type Destination } from '../shared/destination.ts';
import { FILES_KIND_LABELS, FILES_SORT_LABELS, type FilesKindFilter, type FilesSortKey } from '../shared/files-view.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { SettingChange } from '../shared/settings-transfer.ts';

/** Each setting's name as Options (or the file browser) shows it. */
const NAMES: Record<SettingChange['group'], Record<string, MessageKey>> = {
  settings: {
    defaultDestination: 'downloadsFolderTitle',
    notifySent: 'notifySentSettingTitle',
    notifySendFailed: 'notifySendFailedSettingTitle',
    notifyTaskComplete: 'notifyCompleteTitle',
    notifyTaskFailed: 'notifyFailedTitle',
    showBadge: 'notifyBadgeTitle',
    disableMediaLinks: 'downloadsMediaLinkTitle',
    useTranscodingAddress: 'downloadsTranscodingTitle',
    siteRules: 'downloadsRulesTitle',
    rootFolder: 'rootFolderTitle',
  },
  aria2: { endpoint: 'aria2EndpointLabel', dir: 'aria2DirLabel' },
  filesView: {
    sortKey: 'filesSortLabel',
    sortDescending: 'filesSortDescending',
    layout: 'filesViewLabel',
    kind: 'filesKindLabel',
    details: 'filesDetailsToggle',
  },
};

function settingName(change: SettingChange): string {
  const name = t(NAMES[change.group][change.key]!);
  if (change.group === 'aria2') return `${t('sectionAria2')} › ${name}`;
  if (change.group === 'filesView') return `${t('filesTitle')} › ${name}`;
  return name;
}

function valueText(change: SettingChange, value: SettingChange['from']): string {
  if (typeof value === 'boolean') return value ? t('backupOn') : t('backupOff');
  if (change.key === 'siteRules') return t('siteRulesCount', String((value as unknown[]).length));
  if (change.key === 'rootFolder') return value === null ? t('driveRoot') : (value as { name: string }).name;
  if (typeof value === 'object') return destinationName(value as Destination);
  if (change.group === 'filesView' && change.key === 'sortKey') return t(FILES_SORT_LABELS[value as FilesSortKey]);
  if (change.group === 'filesView' && change.key === 'kind') return t(FILES_KIND_LABELS[value as FilesKindFilter]);
  if (change.group === 'filesView' && change.key === 'layout') {
    return t(value === 'grid' ? 'filesViewGrid' : 'filesViewList');
  }
  return value === '' ? t('backupEmpty') : value;
}

/** "Default folder: My Pack → Movies". */
export function describeSettingChange(change: SettingChange): string {
  return t('backupChange', [settingName(change), valueText(change, change.from), valueText(change, change.to)]);
}
