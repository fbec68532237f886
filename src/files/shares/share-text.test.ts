import { describe, expect, it } from 'vitest';
import type { ShareStatus } from '../../shared/shares.ts';
import { kindProblem, statusProblem } from './share-text.ts';

const SHARE_STATUSES: ShareStatus[] = [
  'ok',
  'pass-code-needed',
  'pass-code-wrong',
  'expired',
  'deleted',
  'prohibited',
  'sensitive',
  'unknown',
];

describe('what the page says of a share that cannot be read', () => {
  it('has its own sentence for every status, PikPak’s words for an unknown one, and the way out of a region block', () => {
    const sentences = SHARE_STATUSES.map((status) => statusProblem({ status })?.sentence);
    expect(sentences).toEqual([
      undefined,
      'This share needs a pass code',
      'That pass code is wrong',
      'This share has expired.',
      'This share was cancelled or deleted by the person who shared it.',
      'PikPak does not let this share be opened from where you are.',
      'PikPak has blocked this share because of what it holds.',
      'PikPak cannot open this share.',
    ]);
    expect(statusProblem({ status: 'unknown', statusText: '分享已失效' })?.pikpakSays).toBe('PikPak says: 分享已失效');
    expect(statusProblem({ status: 'prohibited' })?.help).toMatch(/a proxy or VPN for this browser is the way/);
  });

  it('reads the share kinds of a failed request, and leaves the others to the usual notice', () => {
    expect(kindProblem('region-blocked')?.help).toMatch(/proxy or VPN/);
    expect(kindProblem('share-pass-code')?.sentence).toBe('This share needs a pass code');
    expect(kindProblem('share-sensitive')?.sentence).toBe('PikPak has blocked this share because of what it holds.');
    expect(kindProblem('share-unavailable')?.sentence).toMatch(/cancelled or deleted/);
    expect(kindProblem('network')).toBeUndefined();
  });
});
