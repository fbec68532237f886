/** The shape of the extension's context menu items (built purely, installed by `menus.ts`). */

export const MENU_PARENT_ID = 'send';
export const MENU_CONTEXTS = ['link', 'selection', 'page', 'video', 'audio'] as const;

export interface MenuItem {
  id: string;
  title: string;
  parentId?: string;
  type?: 'separator';
  contexts: (typeof MENU_CONTEXTS)[number][];
  /** Shown only on links matching these patterns. */
  targetUrlPatterns?: string[];
  /** Shown only on pages (frames) matching these patterns. */
  documentUrlPatterns?: string[];
}
