// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';

const KEY = 'credentials_YUMx5nI8ZU8Ap8pm';
const TOKEN_URL = 'https://user.mypikpak.com/v1/auth/token';
const sent: { url: string; body: string }[] = [];

function store(refreshToken: string): void {
  localStorage.setItem(
    KEY,
    JSON.stringify({ refresh_token: refreshToken, access_token: 'a', sub: 's', expires_at: '' }),
  );
}

const refreshBody = (token: string) =>
  JSON.stringify({ client_id: 'YUMx5nI8ZU8Ap8pm', grant_type: 'refresh_token', refresh_token: token });
const sentToken = (index: number) => (JSON.parse(sent[index]!.body) as { refresh_token: string }).refresh_token;

beforeAll(async () => {
  // What the page's fetch would send, captured instead of sent; the guard wraps this one.
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      url: String(input instanceof Request ? input.url : input),
      body: typeof init?.body === 'string' ? init.body : '',
    });
    return Promise.resolve(new Response('{}'));
  };
  // The page's session at document_start, when the guard starts.
  store('os.start');
  await import('./token-guard.ts');
});

describe('token guard in the page world', () => {
  it('holds a refresh until the bridge has checked the session, then sends the newer stored token', async () => {
    const pending = window.fetch(TOKEN_URL, { method: 'POST', body: refreshBody('os.start') });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(0);

    store('os.newer'); // The bridge wrote the extension's newer pair...
    document.dispatchEvent(new CustomEvent('pikpak-companion:session-checked')); // ...and says it is done.
    await pending;
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body)).toEqual({
      client_id: 'YUMx5nI8ZU8Ap8pm',
      grant_type: 'refresh_token',
      refresh_token: 'os.newer',
    });
  });

  it('replaces only the token the page started with: any other token is sent as the web app wrote it', async () => {
    sent.length = 0;
    // A script on the page planted another account's pair; the web app refreshes with its own (later) token.
    store('os.planted');
    await window.fetch(TOKEN_URL, { method: 'POST', body: refreshBody('os.web-app-own') });
    expect(sentToken(0)).toBe('os.web-app-own');
    // A request made up with junk does not get the stored token either.
    await window.fetch(TOKEN_URL, { method: 'POST', body: refreshBody('junk') });
    expect(sentToken(1)).toBe('junk');
  });

  it('sends the starting token unchanged when storage holds no newer one', async () => {
    sent.length = 0;
    store('os.start');
    await window.fetch(TOKEN_URL, { method: 'POST', body: refreshBody('os.start') });
    expect(sentToken(0)).toBe('os.start');
    localStorage.removeItem(KEY); // Signed out meanwhile: nothing to substitute.
    await window.fetch(TOKEN_URL, { method: 'POST', body: refreshBody('os.start') });
    expect(sentToken(1)).toBe('os.start');
  });

  it('rewrites form-encoded refreshes too, and leaves other requests alone', async () => {
    sent.length = 0;
    store('os.current');
    await window.fetch(TOKEN_URL, {
      method: 'POST',
      body: 'grant_type=refresh_token&refresh_token=os.start&client_id=x',
    });
    await window.fetch('https://api-drive.mypikpak.com/drive/v1/about', { body: 'refresh_token=os.start' });
    expect(new URLSearchParams(sent[0]!.body).get('refresh_token')).toBe('os.current');
    expect(sent[1]!.body).toBe('refresh_token=os.start');
  });

  it('keeps a sign-in body as it is', async () => {
    sent.length = 0;
    const body = JSON.stringify({ grant_type: 'password', username: 'u', password: 'p' });
    await window.fetch(TOKEN_URL, { method: 'POST', body });
    expect(sent[0]!.body).toBe(body);
  });
});
