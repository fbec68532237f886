import browser from 'webextension-polyfill';
import { checkConnection } from './handlers/diagnostics.ts';
import { createRouter } from './router.ts';

// Every listener is registered synchronously at start-up: the worker can be stopped between any two events,
// and Chrome only delivers an event that woke the worker to listeners that exist in the first turn.
browser.runtime.onMessage.addListener(
  createRouter({ 'diagnostics.checkConnection': checkConnection }, browser.runtime.id, browser.runtime.getURL('')),
);
