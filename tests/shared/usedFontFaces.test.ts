import { describe, expect, test } from 'vitest';
import { fontFaceCss } from '../../src-shared/render';
import { usedFontFaces } from '../../src-shared/print/usedFontFaces';

const css = fontFaceCss((file) => `data:font/woff2;base64,${file}`, 'briefing-light');
const files = (kept: string) => kept.split('\n').map((rule) => /base64,@fontsource\/[a-z-]+\/files\/([a-z-]+-\d+-[a-z]+)\.woff2/.exec(rule)?.[1]);

describe('usedFontFaces: only the faces a print document can use', () => {
  test('English text keeps the Latin faces of every family, weight and style, and nothing else', () => {
    const kept = files(usedFontFaces(css, '<h2>Bottom line</h2><p>“Ankara” – 2023</p>'));
    expect(kept.every((f) => /-latin-\d/.test(f ?? ''))).toBe(true);
    expect(kept).toHaveLength(css.split('\n').filter((r) => r.includes('-latin-4') || r.includes('-latin-7')).length);
    expect(kept.length).toBeGreaterThan(0);
  });

  test('Turkish ğ keeps Latin Extended; Persian keeps Vazirmatn; characters past U+FFFF are read whole', () => {
    expect(files(usedFontFaces(css, 'Doğu Akdeniz')).some((f) => f?.includes('latin-ext'))).toBe(true);
    expect(files(usedFontFaces(css, 'تهران')).some((f) => f?.startsWith('vazirmatn-arabic'))).toBe(true);
    expect(files(usedFontFaces(css, 'x 😀 y')).some((f) => f?.includes('latin-ext') || f?.includes('arabic'))).toBe(false);
  });

  test('a rule without unicode-range is always kept', () => {
    const rule = "@font-face{font-family:'X';src:url(\"data:,\")}";
    expect(usedFontFaces(`${rule}\n${css}`, 'abc').split('\n')[0]).toBe(rule);
  });
});
