import browser from 'webextension-polyfill';
import { checkConnection, clearErrors } from './handlers/diagnostics.ts';
import {
  captchaVerified,
  offerSession,
  sessionStatus,
  signIn,
  signOut,
  useRefreshToken,
  useWebSession,
} from './handlers/session.ts';
import { createRouter } from './router.ts';

// Every listener is registered synchronously at start-up: the worker can be stopped between any two events,
// and Chrome only delivers an event that woke the worker to listeners that exist in the first turn.
browser.runtime.onMessage.addListener(
  createRouter(
    {
      'diagnostics.checkConnection': checkConnection,
      'diagnostics.clearErrors': clearErrors,
      'session.offer': offerSession,
      'session.captchaVerified': captchaVerified,
      'session.status': sessionStatus,
      'session.useRefreshToken': useRefreshToken,
      'session.signIn': signIn,
      'session.signOut': signOut,
      'session.useWebSession': useWebSession,
    },
    browser.runtime.id,
    browser.runtime.getURL(''),
  ),
);
