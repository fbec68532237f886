/**
 * The fake web app's inline script, as plain browser JavaScript (it is sent verbatim, not compiled).
 * It copies the real app's session handling (pikpak-api.md §4):
 * - `localStorage.deviceid` = `wdi10.<32-hex device id><32 more hex>`, created once;
 * - the session in `localStorage["credentials_<client id>"]` with a UTC ISO `expires_at`;
 * - on load, an expired session is refreshed with the refresh token read from localStorage at that
 *   moment (so a newer pair written by someone else is the one used), and the new pair is stored;
 * - optionally refreshes on a schedule (config.refreshEveryMs);
 * - a 4126 answer drops the credentials and shows "Signed out" with the reason.
 * Time is the fake server's clock (Date.now() + offset), refreshed from /__fake/clock before each
 * decision, so "expired" means the same on both sides.
 */
export const WEB_APP_SCRIPT = String.raw`
(function () {
  'use strict';
  var CFG = JSON.parse(document.getElementById('fake-config').textContent);
  var KEY = 'credentials_' + CFG.clientId;
  var DOMAIN = /mypikpak\.net$/.test(location.hostname) ? 'mypikpak.net' : 'mypikpak.com';
  var USER = 'https://user.' + DOMAIN;
  var offsetMs = CFG.clockOffsetMs;
  var counts = { ok: 0, failed: 0 };
  var refreshing = null;
  var el = function (id) { return document.getElementById(id); };

  function now() { return Date.now() + offsetMs; }
  function hex(n) {
    var bytes = new Uint8Array(Math.ceil(n / 2));
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('').slice(0, n);
  }
  function deviceId() {
    var raw = localStorage.getItem('deviceid');
    if (!raw || !/^wdi10\.[0-9a-f]{32}/.test(raw)) {
      var id = hex(32).split('');
      id[12] = '4';
      id[16] = '89ab'[parseInt(id[16], 16) % 4];
      raw = 'wdi10.' + id.join('') + hex(32);
      localStorage.setItem('deviceid', raw);
    }
    return raw.split('.').pop().substring(0, 32);
  }
  function readCreds() {
    try {
      var c = JSON.parse(localStorage.getItem(KEY) || 'null');
      return c && c.access_token && c.refresh_token ? c : null;
    } catch (e) { return null; }
  }
  function storeCreds(pair) {
    var c = {
      token_type: pair.token_type, access_token: pair.access_token, refresh_token: pair.refresh_token,
      expires_in: pair.expires_in, sub: pair.sub,
      expires_at: new Date(now() + pair.expires_in * 1000 - CFG.expiryMarginMs).toISOString()
    };
    localStorage.setItem(KEY, JSON.stringify(c));
    return c;
  }
  function render(stateName, statusText, reason) {
    var status = el('session-status');
    status.textContent = statusText;
    status.setAttribute('data-state', stateName);
    status.setAttribute('data-refresh-ok', String(counts.ok));
    status.setAttribute('data-refresh-failed', String(counts.failed));
    el('session-reason').textContent = reason || '';
    el('signin-form').hidden = stateName !== 'signed-out';
    el('signed-in').hidden = stateName !== 'signed-in';
  }
  function signedOut(reason) { render('signed-out', 'Signed out', reason); }
  function counted() {
    var status = el('session-status');
    status.setAttribute('data-refresh-ok', String(counts.ok));
    status.setAttribute('data-refresh-failed', String(counts.failed));
  }
  function syncClock() {
    return fetch('/__fake/clock', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (b) { if (typeof b.offsetMs === 'number') offsetMs = b.offsetMs; }, function () {});
  }
  function jsonCall(url, init) {
    return fetch(url, init).then(function (res) {
      return res.text().then(function (t) {
        var body = null;
        try { body = JSON.parse(t); } catch (e) { body = null; }
        return { status: res.status, body: body };
      });
    });
  }

  function refresh() {
    if (refreshing) return refreshing;
    var creds = readCreds();
    if (!creds) { signedOut('No saved session'); return Promise.resolve(false); }
    refreshing = jsonCall(USER + '/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-id': deviceId(), 'x-client-id': CFG.clientId },
      body: JSON.stringify({ client_id: CFG.clientId, grant_type: 'refresh_token', refresh_token: creds.refresh_token })
    }).then(function (r) {
      if (r.status === 200 && r.body && r.body.access_token) {
        storeCreds(r.body);
        counts.ok++;
        counted();
        return true;
      }
      counts.failed++;
      counted();
      if (r.body && r.body.error_code === 4126) {
        localStorage.removeItem(KEY);
        signedOut('Session ended: ' + (r.body.error_description || r.body.error));
      }
      return false;
    }, function () {
      counts.failed++;
      counted();
      return false;
    }).then(function (ok) { refreshing = null; return ok; });
    return refreshing;
  }

  function loadMe(retried) {
    var creds = readCreds();
    if (!creds) { signedOut(el('session-reason').textContent || ''); return Promise.resolve(); }
    return jsonCall(USER + '/v1/user/me', {
      headers: { authorization: creds.token_type + ' ' + creds.access_token, 'x-device-id': deviceId(), 'x-client-id': CFG.clientId }
    }).then(function (r) {
      if (r.status === 200 && r.body) { render('signed-in', 'Signed in as ' + r.body.name, ''); return; }
      if (r.status === 401 && !retried) {
        return refresh().then(function (ok) { return ok ? loadMe(true) : (readCreds() ? render('error', 'Session error', 'user/me failed') : undefined); });
      }
      render('error', 'Session error', 'user/me answered ' + r.status);
    }, function (e) { render('error', 'Session error', String(e)); });
  }

  function check() {
    return syncClock().then(function () {
      var creds = readCreds();
      if (!creds) { signedOut(''); return; }
      var expired = !(Date.parse(creds.expires_at) > now());
      return (expired ? refresh() : Promise.resolve(true)).then(function () { return loadMe(false); });
    });
  }

  el('signin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    jsonCall('/__fake/web-signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: el('email').value, password: el('password').value, device_id: deviceId() })
    }).then(function (r) {
      if (r.status === 200 && r.body && r.body.access_token) { storeCreds(r.body); return loadMe(false); }
      signedOut((r.body && r.body.error_description) || 'Sign-in failed');
    });
  });
  el('signout').addEventListener('click', function () {
    var creds = readCreds();
    localStorage.removeItem(KEY);
    signedOut('Signed out by user');
    if (creds) fetch(USER + '/v1/auth/revoke', { method: 'POST', headers: { authorization: 'Bearer ' + creds.access_token, 'content-type': 'application/json' }, body: '{}' }).catch(function () {});
  });

  var params = new URLSearchParams(location.search);
  if (location.pathname === '/loading' && params.get('captcha_token')) {
    var result = el('captcha-result');
    result.textContent = 'Captcha verified';
    result.setAttribute('data-captcha-token', params.get('captcha_token'));
    result.setAttribute('data-state', params.get('state') || '');
  }

  deviceId();
  window.__fakePikPakWebApp = { refresh: refresh, check: check, counts: counts, deviceId: deviceId };
  check();
  if (CFG.refreshEveryMs) {
    setInterval(function () {
      syncClock().then(function () { if (readCreds()) return refresh().then(function (ok) { if (ok) return loadMe(false); }); });
    }, CFG.refreshEveryMs);
  }
})();
`;
