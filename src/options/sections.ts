import {
  ArchiveRestore,
  Bell,
  Download,
  HardDriveDownload,
  Info,
  Keyboard,
  Stethoscope,
  UserRound,
  type LucideIcon,
} from 'lucide-preact';
import type { MessageKey } from '../shared/i18n.ts';

export interface OptionsSectionInfo {
  /** The fragment that opens the page at this section (`#account`). */
  id: string;
  label: MessageKey;
  icon: LucideIcon;
}

/** The options page's sections in page order; the navigation and the fragments come from this list. */
export const OPTIONS_SECTIONS: readonly OptionsSectionInfo[] = [
  { id: 'account', label: 'sectionAccount', icon: UserRound },
  { id: 'downloads', label: 'sectionDownloads', icon: Download },
  { id: 'aria2', label: 'sectionAria2', icon: HardDriveDownload },
  { id: 'notifications', label: 'sectionNotifications', icon: Bell },
  { id: 'shortcut', label: 'sectionShortcut', icon: Keyboard },
  { id: 'backup', label: 'sectionBackup', icon: ArchiveRestore },
  { id: 'diagnostics', label: 'sectionDiagnostics', icon: Stethoscope },
  { id: 'about', label: 'sectionAbout', icon: Info },
];

export const OPTIONS_SECTION_IDS: readonly string[] = OPTIONS_SECTIONS.map((section) => section.id);
