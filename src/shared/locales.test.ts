import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { message: string; placeholders?: Record<string, unknown> };

/**
 * A catalogue's entries as written, in order. The top-level keys are read from the text (two spaces in, one per
 * line, as the files are kept), because JSON.parse would silently keep only the last of two equal keys.
 */
function read(locale: string): [string, Entry][] {
  const text = readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as Record<string, Entry>;
  return [...text.matchAll(/^ {2}"([^"]+)":/gm)].map(([, key = '']) => [key, parsed[key] as Entry]);
}

/** Characters only Simplified Chinese writes; Traditional has 們 這 個 時 說 對 發 開 關 設 載 後 網 絡 電 視 頻 錄 擊 鏈 鈕 擇 儲 標 務 為. */
const SIMPLIFIED_ONLY = [...'们这个时说对发开关设载后网络电视频录击链钮择储标务为'];

const HAN = /\p{Script=Han}/u;

/** `$NAME$` placeholders and `$1` substitutions a message names. */
const tokens = (message: string) => [...message.matchAll(/\$(?:[A-Za-z0-9_]+\$|\d)/g)].map(([token]) => token).sort();

describe('the message catalogues', () => {
  const en = read('en');
  const translations = { zh_CN: read('zh_CN'), zh_TW: read('zh_TW') };

  it('name every key once', () => {
    for (const pairs of [en, ...Object.values(translations)]) {
      const keys = pairs.map(([key]) => key);
      expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    }
  });

  for (const [locale, pairs] of Object.entries(translations)) {
    it(`have the same keys in English and ${locale}, with the same placeholders and no empty message`, () => {
      const byKey = new Map(pairs);
      expect(pairs.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
      for (const [key, entry] of en) {
        const translated = byKey.get(key);
        expect(Object.keys(translated?.placeholders ?? {}).sort(), key).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
        expect(translated?.message.trim(), key).not.toBe('');
      }
    });
  }

  it('give Traditional Chinese exactly the English placeholders objects and tokens', () => {
    const tw = new Map(translations.zh_TW);
    for (const [key, entry] of en) {
      expect(tw.get(key)?.placeholders, key).toEqual(entry.placeholders);
      expect(tokens(tw.get(key)?.message ?? ''), key).toEqual(tokens(entry.message));
    }
  });

  it('write Traditional Chinese as Taiwan does, not as Simplified Chinese converted', () => {
    const cn = new Map(translations.zh_CN);
    const chinese = translations.zh_TW.filter(([, entry]) => HAN.test(entry.message));
    expect(chinese.length).toBeGreaterThan(0.9 * en.length);
    const same = chinese.filter(([key, entry]) => entry.message === cn.get(key)?.message);
    expect(same.length / chinese.length).toBeLessThan(0.1);
    const simplified = translations.zh_TW
      .filter(([, entry]) => SIMPLIFIED_ONLY.some((character) => entry.message.includes(character)))
      .map(([key, entry]) => `${key}: ${entry.message}`);
    expect(simplified).toEqual([]);
  });

  it('use Taiwan terms where the two differ', () => {
    const tw = new Map(translations.zh_TW.map(([key, entry]) => [key, entry.message]));
    expect(tw.get('sectionAccount')).toBe('帳號');
    expect(tw.get('actionOpenSettings')).toBe('設定');
    expect(tw.get('actionSignIn')).toBe('登入');
    expect(tw.get('actionSignOut')).toBe('登出');
    expect(tw.get('filesTrash')).toBe('垃圾桶');
    expect(tw.get('filesKindVideo')).toBe('影片');
    expect(tw.get('filesKindFolder')).toBe('資料夾');
    expect(tw.get('filesTitle')).toBe('檔案');
    expect(tw.get('filesReload')).toBe('重新整理');
    const all = [...tw.values()].join('\n');
    for (const mainland of ['文件夾', '設置', '登錄', '鏈接', '視頻', '網絡', '回收站', '默認', '粘貼', '帳戶']) {
      expect(all, mainland).not.toContain(mainland);
    }
  });
});
