/**
 * Runs in the page's own JavaScript world on mypikpak.com, at `document_start`, before the web app's code.
 * PikPak rotates the refresh token on every use, so the web app must never spend one the extension already
 * rotated. The session bridge (the isolated content script) stores the newer pair in localStorage, but its
 * storage read is asynchronous and a fast page could refresh first. This guard closes that gap: a request to
 * PikPak's token endpoint waits until the bridge has checked the session (at most a moment). Then, if it carries
 * the refresh token the page held at `document_start` and the page's storage now holds another one (the
 * bridge wrote the extension's newer pair), it carries that one instead. Any other token is sent as the web app
 * wrote it: the guard never puts a token into a request the web app did not mean to send with it, so a page
 * script releasing the hold early (its event is the page's to fire too) gains nothing but an unguarded refresh.
 * It touches nothing else, reads only the page's own storage, and talks to no one.
 */
(() => {
  const CREDENTIALS_KEY = 'credentials_YUMx5nI8ZU8Ap8pm';
  const READY_EVENT = 'pikpak-companion:session-checked';
  /**
   * Never hold the web app longer than this, even if the extension is broken or disabled. The bridge usually
   * answers in well under 100 ms (a worker start); a refresh of the extension's own may take a few seconds.
   */
  const MAX_WAIT_MS = 5_000;
  const TOKEN_URL = /^https:\/\/user\.mypikpak\.(?:com|net)\/v1\/auth\/token(?:[?#]|$)/;

  const checked = new Promise<void>((resolve) => {
    document.addEventListener(READY_EVENT, () => resolve(), { once: true });
    setTimeout(resolve, MAX_WAIT_MS);
  });

  function storedRefreshToken(): string | undefined {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(CREDENTIALS_KEY) ?? 'null');
      const token = (value as { refresh_token?: unknown } | null)?.refresh_token;
      return typeof token === 'string' ? token : undefined;
    } catch {
      return undefined;
    }
  }

  /** The token the page held when it started: the only one the guard ever replaces. */
  const initialToken = storedRefreshToken();

  /** The newer token to send instead of `sent`, or undefined to send the request as it is. */
  function replacementFor(sent: unknown): string | undefined {
    if (initialToken === undefined || sent !== initialToken) return undefined;
    const stored = storedRefreshToken();
    return stored !== undefined && stored !== initialToken ? stored : undefined;
  }

  /** The same body with the newer stored refresh token, when it is a refresh with the page's starting token. */
  function withStoredToken(body: unknown): unknown {
    if (typeof body !== 'string') return body;
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      const newer = json.grant_type === 'refresh_token' ? replacementFor(json.refresh_token) : undefined;
      return newer === undefined ? body : JSON.stringify({ ...json, refresh_token: newer });
    } catch {
      const form = new URLSearchParams(body);
      const newer = form.get('grant_type') === 'refresh_token' ? replacementFor(form.get('refresh_token')) : undefined;
      if (newer === undefined) return body;
      form.set('refresh_token', newer);
      return form.toString();
    }
  }

  const originalFetch = window.fetch.bind(window);
  window.fetch = async function guardedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!TOKEN_URL.test(url)) return originalFetch(input, init);
    await checked;
    if (input instanceof Request && init?.body === undefined) {
      const body = withStoredToken(await input.clone().text());
      return originalFetch(new Request(input, { body: body as string }));
    }
    return originalFetch(input, init ? { ...init, body: withStoredToken(init.body) as BodyInit } : init);
  };

  const urls = new WeakMap<XMLHttpRequest, string>();
  // Both are called back with the request as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originalOpen = XMLHttpRequest.prototype.open;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originalSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function guardedOpen(
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    urls.set(this, String(url));
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function guardedSend(
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    if (!TOKEN_URL.test(urls.get(this) ?? '')) return originalSend.call(this, body);
    void checked.then(() => originalSend.call(this, withStoredToken(body) as XMLHttpRequestBodyInit));
  };
})();

// A module, so tests can import it; the build turns it into a plain script.
export {};
