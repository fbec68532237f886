import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A throw-away self-signed certificate for PikPak's host names, made with the openssl CLI at start
 * (testing.md: Chromium maps the names here with --host-resolver-rules and --ignore-certificate-errors).
 * An EC P-256 key keeps generation to a few milliseconds.
 */
export const CERT_NAMES = ['mypikpak.com', '*.mypikpak.com', 'mypikpak.net', '*.mypikpak.net'];

export interface Certificate {
  key: string;
  cert: string;
  dir: string;
  dispose(): Promise<void>;
}

export async function makeSelfSignedCertificate(): Promise<Certificate> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-pikpak-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = CERT_NAMES.map((name) => `DNS:${name}`).join(',');
  try {
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-nodes',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=mypikpak.com',
      '-addext',
      `subjectAltName=${san}`,
    ]);
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    return { key, cert, dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
