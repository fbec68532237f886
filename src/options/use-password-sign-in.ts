import { useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../shared/errors.ts';
import { isPikPakCheckUrl } from '../shared/human-check.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import { errorKindOf } from '../ui/error-kind.ts';

export type PasswordSignInDeps = Pick<AccountActions, 'signIn' | 'openTab' | 'watchVerifiedCaptcha'>;

export type Credentials = { username: string; password: string };

export type PasswordSignInPhase =
  | { kind: 'idle' }
  | { kind: 'signing-in' }
  /** PikPak's check is open in another tab; the verified token comes back through storage.session. */
  | { kind: 'waiting'; checkUrl: string }
  | { kind: 'failed'; error: ErrorKind };

export interface PasswordSignIn {
  phase: PasswordSignInPhase;
  start: (credentials: Credentials) => void;
  /** Stops waiting for the check; the form keeps what was typed. */
  cancel: () => void;
  reopenCheck: () => void;
}

/**
 * Password sign-in with PikPak's human check: sign in; when PikPak wants the check, open it in a tab and wait
 * for the verified captcha token, then sign in again with it. Credentials live only in the form's memory.
 */
export function usePasswordSignIn(deps: PasswordSignInDeps): PasswordSignIn {
  const [phase, setPhase] = useState<PasswordSignInPhase>({ kind: 'idle' });
  const waiting = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      waiting.current?.abort();
    };
  }, []);

  const show = (next: PasswordSignInPhase) => {
    if (mounted.current) setPhase(next);
  };

  const failed = (error: unknown) => show({ kind: 'failed', error: errorKindOf(error) });

  function waitForCheck(credentials: Credentials, checkUrl: string) {
    // Only PikPak's own https pages are opened (the background checks this too).
    if (!isPikPakCheckUrl(checkUrl)) {
      show({ kind: 'failed', error: 'malformed-response' });
      return;
    }
    waiting.current?.abort();
    const controller = new AbortController();
    waiting.current = controller;
    // Listen before the tab opens, so a quick check cannot finish unseen.
    deps.watchVerifiedCaptcha((captchaToken) => {
      if (controller.signal.aborted) return;
      controller.abort();
      attempt(credentials, captchaToken);
    }, controller.signal);
    show({ kind: 'waiting', checkUrl });
    deps.openTab(checkUrl).catch(failed);
  }

  function attempt(credentials: Credentials, captchaToken?: string) {
    show({ kind: 'signing-in' });
    deps.signIn({ ...credentials, ...(captchaToken === undefined ? {} : { captchaToken }) }).then((answer) => {
      if ('humanCheckUrl' in answer) waitForCheck(credentials, answer.humanCheckUrl);
      // Signed in: the section replaces the form with the account card.
      else show({ kind: 'idle' });
    }, failed);
  }

  return {
    phase,
    start(credentials) {
      if (phase.kind === 'signing-in' || phase.kind === 'waiting') return;
      attempt(credentials);
    },
    cancel() {
      waiting.current?.abort();
      waiting.current = null;
      show({ kind: 'idle' });
    },
    reopenCheck() {
      if (phase.kind === 'waiting') deps.openTab(phase.checkUrl).catch(failed);
    },
  };
}
