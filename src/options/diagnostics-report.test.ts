import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../test/setup/extension-browser.ts';
import { gatherDiagnosticsReport } from './diagnostics-report.ts';

const SECRETS = {
  accessToken: 'ACCESS-TOKEN-a1b2c3',
  refreshToken: 'REFRESH-TOKEN-d4e5f6',
  aria2Secret: 'ARIA2-SECRET-g7h8',
  email: 'alice.secret@example.com',
  sub: 'ACCOUNT-SUB-1234',
  name: 'Alice Private',
  deviceId: '0123456789abcdef0123456789abcdef',
  folder: 'My Private Folder',
  dirPath: '/home/alice-private/downloads',
  query: 'QUERY-TOKEN-zz',
};

const NAV = { userAgent: 'Mozilla/5.0 TestBrowser/1.0', platform: 'Linux x86_64' };

describe('Diagnostics › Copy report', () => {
  it('says what helps a bug report and never a token, secret, email, account or device id', async () => {
    await fakeBrowser.storage.local.set({
      session: {
        accessToken: SECRETS.accessToken,
        refreshToken: SECRETS.refreshToken,
        expiresAt: Date.now() + 3_600_000,
        sub: SECRETS.sub,
        source: 'web',
        platform: 'web',
        deviceId: SECRETS.deviceId,
        updatedAt: 1,
      },
      deviceId: SECRETS.deviceId,
      aria2: {
        endpoint: `http://nas.local:6800/jsonrpc?token=${SECRETS.query}`,
        secret: SECRETS.aria2Secret,
        dir: SECRETS.dirPath,
      },
      account: { status: 'signed-in', sub: SECRETS.sub, email: SECRETS.email, name: SECRETS.name, source: 'web' },
      settings: { notifySent: false, defaultDestination: { kind: 'folder', id: 'FOLDER-ID-9', name: SECRETS.folder } },
      filesView: { layout: 'grid' },
      recentErrors: [
        {
          at: Date.UTC(2026, 11, 6, 10),
          kind: 'signed-out',
          request: 'session.status',
          endpoint: 'POST /v1/auth/token',
          status: 400,
        },
        { at: Date.UTC(2026, 11, 6, 11), kind: 'network', request: 'files.list' },
      ],
      lastConnectionCheck: {
        host: 'api-drive.mypikpak.com',
        reachable: true,
        status: 200,
        latencyMs: 87,
        checkedAt: Date.UTC(2026, 11, 6, 12),
      },
    });

    const report = await gatherDiagnosticsReport('1.4.0', NAV);

    for (const secret of Object.values(SECRETS)) expect(report).not.toContain(secret);
    expect(report).not.toContain('FOLDER-ID-9');
    expect(report).toContain('Version: 1.4.0');
    expect(report).toContain('Browser: Mozilla/5.0 TestBrowser/1.0');
    expect(report).toContain('Platform: Linux x86_64');
    expect(report).toContain('Signed in: yes');
    expect(report).toContain('  notifySent: false');
    expect(report).toContain('  defaultDestination: folder');
    expect(report).toContain('aria2: http://nas.local:6800, download folder set');
    expect(report).toContain('layout=grid');
    expect(report).toContain(
      'Connection check: api-drive.mypikpak.com reachable, HTTP 200, 87 ms, at 2026-12-06T12:00:00.000Z',
    );
    const errors = report.slice(report.indexOf('Recent errors'));
    expect(errors).toBe(
      [
        'Recent errors (2 of 2):',
        '  2026-12-06T11:00:00.000Z · network · files.list',
        '  2026-12-06T10:00:00.000Z · signed-out · session.status · POST /v1/auth/token · HTTP 400',
        '',
      ].join('\n'),
    );
  });

  it('reports a signed-out extension with defaults, no check and no errors', async () => {
    const report = await gatherDiagnosticsReport('1.4.0', NAV);
    expect(report).toContain('Signed in: no');
    expect(report).toContain('  defaultDestination: my-pack');
    expect(report).toContain("aria2: http://localhost:6800, download folder aria2's own");
    expect(report).toContain('Connection check: not run');
    expect(report).toContain('Recent errors (0 of 0):\n  none\n');
  });
});
