import { t } from '../../shared/i18n.ts';
import { formatCount } from '../format.ts';

export type Noun = 'Files' | 'Folders' | 'Links';

/** "1 file", "1,234 files" (Chrome's messages have no plurals: one message for one, one for more). */
export function counted(noun: Noun, count: number, locale?: string): string {
  return count === 1 ? t(`transfer${noun}One`) : t(`transfer${noun}Many`, formatCount(count, locale));
}
