import { WEB_APP_SCRIPT } from './script.ts';

/** Values the server injects into the page so both sides agree on clock and schedule. */
export interface WebAppConfig {
  clientId: string;
  clockOffsetMs: number;
  refreshEveryMs: number | null;
  /**
   * PEACH says the stored `expires_at` already has a safety margin taken off; its size is a guess.
   */
  expiryMarginMs: number;
}

export function renderWebApp(config: WebAppConfig): string {
  // `<` is escaped so the JSON cannot close the script element.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>PikPak</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <main>
    <h1>PikPak (fake web app)</h1>
    <p role="status" id="session-status" data-state="loading" data-refresh-ok="0" data-refresh-failed="0">Loading…</p>
    <p id="session-reason"></p>
    <p id="captcha-result"></p>
    <form id="signin-form" aria-label="Sign in" hidden>
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password">
      <button type="submit">Sign in</button>
    </form>
    <div id="signed-in" hidden>
      <button id="signout" type="button">Sign out</button>
    </div>
  </main>
  <script type="application/json" id="fake-config">${configJson}</script>
  <script>${WEB_APP_SCRIPT}</script>
</body>
</html>`;
}
