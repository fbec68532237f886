import { File, FileArchive, FileImage, FileMusic, FilePlay, FileText, Folder, type LucideIcon } from 'lucide-preact';
import type { DriveItem } from '../../shared/domain.ts';
import { kindOf, type FileKind } from '../model/file-kind.ts';

const ICONS: Record<FileKind, LucideIcon> = {
  folder: Folder,
  video: FilePlay,
  audio: FileMusic,
  image: FileImage,
  document: FileText,
  archive: FileArchive,
  other: File,
};

/** The item's kind as an icon (decorative: the name and kind are always written next to it). */
export function FileIcon({ item, class: extra }: { item: DriveItem; class?: string }) {
  const kind = kindOf(item);
  const Icon = ICONS[kind];
  return <Icon class={`files-icon files-icon--${kind}${extra ? ` ${extra}` : ''}`} aria-hidden="true" />;
}
