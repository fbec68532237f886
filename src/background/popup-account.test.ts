import { describe, expect, it } from 'vitest';
import { popupPathFor } from './popup-account.ts';

describe('the popup URL the toolbar button opens', () => {
  it('names the signed-in account, whose cached markup alone the pre-paint paints', () => {
    expect(popupPathFor({ status: 'signed-in', sub: 'Yg/1 2', source: 'token' })).toBe(
      'src/popup/index.html?account=Yg%2F1%202',
    );
  });

  it('names nobody when signed out, so no cached markup is painted', () => {
    expect(popupPathFor({ status: 'signed-out' })).toBe('src/popup/index.html');
  });
});
