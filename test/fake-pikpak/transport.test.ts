import { request } from 'node:https';
import { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnBytes, CDN_MAX_BYTES, startFakePikPak, type FakePikPak } from './index.ts';
import { call, DEVICE, DRIVE, driveHeaders } from './test-helpers.ts';
import type { WireFile } from './test-wire.ts';

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak();
});
afterAll(() => fake.close());

/** A raw HTTPS request the way Chromium would send it after --host-resolver-rules. */
function httpsGet(
  host: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; peerNames: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: fake.httpsPort,
        path,
        servername: host,
        rejectUnauthorized: false,
        agent: false,
        headers: { host, ...headers },
      },
      (res) => {
        const peerNames = (res.socket as TLSSocket).getPeerCertificate().subjectaltname ?? '';
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, peerNames }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('listeners and Host dispatch', () => {
  it('answers over HTTPS with a certificate for mypikpak.com/.net and dispatches on Host', async () => {
    const pair = fake.control.issueSession();
    const drive = await httpsGet('api-drive.mypikpak.com', '/drive/v1/about', driveHeaders(fake, pair.access_token));
    expect(drive.status).toBe(200);
    expect(drive.body).toContain('"kind":"drive#about"');
    expect(drive.peerNames).toBe('DNS:mypikpak.com, DNS:*.mypikpak.com, DNS:mypikpak.net, DNS:*.mypikpak.net');
    const me = await httpsGet('user.mypikpak.net', '/v1/user/me', { authorization: `Bearer ${pair.access_token}` });
    expect(JSON.parse(me.body)).toMatchObject({ name: 'Tester' });
    const page = await httpsGet('mypikpak.com', '/drive/all');
    expect(page.body).toContain("'credentials_' + CFG.clientId");
    expect(page.body).toContain('"clientId":"YUMx5nI8ZU8Ap8pm"');
    expect(fake.log.last({ host: 'mypikpak.com' })?.scheme).toBe('https');
    expect(new X509Certificate(fake.certificatePem ?? '').checkHost('dl-a10b-0001.mypikpak.com')).toBe(
      '*.mypikpak.com',
    );
  });

  it('answers 404 for an unknown host', async () => {
    const res = await httpsGet('example.com', '/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('unknown host');
  });

  it('the fake fetch really delivers the Host header; X-Fake-Host works with plain fetch', async () => {
    await fake.fetch('https://api-drive.mypikpak.net/drive/v1/about');
    expect(fake.log.last()?.headers.host).toBe('api-drive.mypikpak.net');
    const viaHeader = await fetch(`${fake.httpUrl}/v1/user/me`, { headers: { 'x-fake-host': 'user.mypikpak.com' } });
    expect(viaHeader.status).toBe(401);
    expect(fake.log.last()?.role).toBe('user');
    // Anything that is not a PikPak host goes to the real fetch; here the fake's own port.
    const passthrough = await fake.fetch(`${fake.httpUrl}/`);
    expect(passthrough.status).toBe(404);
  });

  it('gives Chromium flags that map every PikPak name onto the HTTPS port', () => {
    const [rules, ignore] = fake.chromiumArgs();
    expect(rules).toBe(
      `--host-resolver-rules=MAP mypikpak.com 127.0.0.1:${fake.httpsPort ?? 0},MAP *.mypikpak.com 127.0.0.1:${fake.httpsPort ?? 0},MAP mypikpak.net 127.0.0.1:${fake.httpsPort ?? 0},MAP *.mypikpak.net 127.0.0.1:${fake.httpsPort ?? 0}`,
    );
    expect(ignore).toBe('--ignore-certificate-errors');
  });
});

describe('download CDN and thumbnails', () => {
  async function downloadLink(): Promise<WireFile> {
    const headers = driveHeaders(fake, fake.control.issueSession().access_token, { captcha: true });
    return (
      await call<WireFile>(fake, 'GET', `${DRIVE}/drive/v1/files/${fake.seedIds.files['bunny'] ?? ''}`, { headers })
    ).body;
  }

  it('serves deterministic bytes capped in size, honours Range with 206', async () => {
    const file = await downloadLink();
    const full = await fake.fetch(file.web_content_link);
    expect(full.status).toBe(200);
    const bytes = Buffer.from(await full.arrayBuffer());
    expect(bytes.length).toBe(CDN_MAX_BYTES);
    expect(bytes.equals(cdnBytes(file.hash, 0, CDN_MAX_BYTES))).toBe(true);
    expect(full.headers.get('accept-ranges')).toBe('bytes');

    const part = await fake.fetch(file.web_content_link, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${CDN_MAX_BYTES}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(cdnBytes(file.hash, 100, 200))).toBe(true);
    expect((await fake.fetch(file.web_content_link, { headers: { range: `bytes=${CDN_MAX_BYTES}-` } })).status).toBe(
      416,
    );
  });

  it('refuses a link after its expire time on the fake clock, and a tampered link', async () => {
    const file = await downloadLink();
    const tampered = file.web_content_link.replace(/expire=\d+/, 'expire=9999999999');
    expect((await fake.fetch(tampered)).status).toBe(403);
    fake.control.clock.advance(17 * 3600 * 1000);
    const expired = await fake.fetch(file.web_content_link);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('expired');
  });

  it('draws a thumbnail whose colour comes from the GCID', async () => {
    const gcid = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
    const res = await fake.fetch(`https://sg-thumbnail-drive.mypikpak.com/v0/screenshot-thumbnails/${gcid}/720/2048`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toContain('fill="#a1b2c3"');
    expect((await fake.fetch('https://sg-thumbnail-drive.mypikpak.com/nope')).status).toBe(404);
  });
});

describe('request log', () => {
  it('records host, method, path, query, headers, parsed body and status, and filters', async () => {
    fake.log.clear();
    await call(fake, 'POST', 'https://user.mypikpak.com/v1/auth/token?client_id=x', {
      headers: { 'x-device-id': DEVICE },
      json: { grant_type: 'refresh_token', refresh_token: 'os.nope' },
    });
    const [entry] = fake.log.filter({ host: 'user', method: 'POST', path: '/v1/auth/token' });
    expect(entry).toMatchObject({
      host: 'user.mypikpak.com',
      role: 'user',
      query: { client_id: 'x' },
      body: { refresh_token: 'os.nope' },
      status: 400,
    });
    expect(entry?.headers['x-device-id']).toBe(DEVICE);
    expect(entry?.time).toBeCloseTo(fake.control.clock.now(), -4);
    expect(fake.log.count({ path: /token$/ })).toBe(1);
    expect(fake.log.format()).toContain('POST http://user.mypikpak.com/v1/auth/token → 400');
  });
});
