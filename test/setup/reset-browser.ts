import { beforeEach } from 'vitest';
import { fakeBrowser } from './extension-browser.ts';

// Every Node test starts with empty extension storage, no alarms and no listeners.
beforeEach(() => fakeBrowser.reset());
