import { prepaint } from './prepaint-core.ts';

// Emitted as the classic script popup-prepaint.js, placed right after `<div id="app">` (scripts/popup-html-plugin.ts).
prepaint({ app: document.getElementById('app'), search: location.search, storage: localStorage });
