import type { ThemeId } from '../../deck';

/**
 * A bundled font file (an @fontsource woff2, shipped with the app, never fetched). `file` is a package specifier
 * (`@fontsource/<family>/files/<name>.woff2`) that Node resolves with `require.resolve` and vite with `?url`.
 * `unicodeRange` is the subset's range from the package's unicode.json, so a browser loads only the subsets a deck uses.
 */
export interface FontFile {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  file: string;
  unicodeRange: string;
}

/** Family names used by the themes; prefixed so a font installed on the machine is never picked instead. */
export const FONT_FAMILIES = { sans: 'BD Noto Sans', serif: 'BD Noto Serif', persian: 'BD Vazirmatn' } as const;

// Subset ranges from @fontsource 5.x unicode.json. latin-ext carries Turkish ğ ş İ (ı is in latin: U+0131).
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

function files(pkg: string, family: string, subsets: [string, string][], weights: (400 | 700)[], style: 'normal' | 'italic'): FontFile[] {
  return subsets.flatMap(([subset, unicodeRange]) =>
    weights.map((weight) => ({ family, weight, style, unicodeRange, file: `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-${style}.woff2` })),
  );
}

const SANS = [
  ...files('noto-sans', FONT_FAMILIES.sans, [['latin', LATIN], ['latin-ext', LATIN_EXT]], [400, 700], 'normal'),
  ...files('noto-sans', FONT_FAMILIES.sans, [['latin', LATIN], ['latin-ext', LATIN_EXT]], [400], 'italic'),
];
const SERIF = files('noto-serif', FONT_FAMILIES.serif, [['latin', LATIN], ['latin-ext', LATIN_EXT]], [400, 700], 'normal');
const PERSIAN = files('vazirmatn', FONT_FAMILIES.persian, [['arabic', ARABIC]], [400, 700], 'normal');

const BY_THEME: Record<ThemeId, FontFile[]> = {
  'briefing-light': [...SANS, ...SERIF, ...PERSIAN],
  'briefing-dark': [...SANS, ...PERSIAN],
};

/** The font files a theme uses (regular and bold; Noto Sans also italic), or those of every theme when no id is given. */
export function themeFontFiles(themeId?: ThemeId): FontFile[] {
  if (themeId) return BY_THEME[themeId] ?? BY_THEME['briefing-light'];
  const all = new Map<string, FontFile>();
  for (const list of Object.values(BY_THEME)) for (const f of list) all.set(f.file, f);
  return [...all.values()];
}

/** A CSS `unicode-range` value ("U+0000-00FF,U+0131") as inclusive [first, last] code point pairs. */
export function parseUnicodeRange(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

/**
 * `@font-face` rules for the bundled fonts. `urlFor(file)` maps a `FontFile.file` specifier to the URL to load it from
 * (a base64 data: URL in exports, a vite asset URL in the app); its result is placed in `url("…")` with `"` and `\`
 * escaped. `font-display: block` so that print never captures a fallback font.
 */
export function fontFaceCss(urlFor: (fontFile: string) => string, themeId?: ThemeId): string {
  return themeFontFiles(themeId)
    .map((f) => {
      const url = urlFor(f.file).replace(/["\\\n\r]/g, (c) => `\\${c === '\n' ? 'a ' : c === '\r' ? 'd ' : c}`);
      return `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url("${url}") format('woff2');unicode-range:${f.unicodeRange}}`;
    })
    .join('\n');
}

/**
 * The theme whose fonts a deck's documents embed: the deck's theme, or undefined (every bundled family) when the
 * deck's brand picks its own fonts, since a brand may pick a family its base theme does not ship (Noto Serif on
 * briefing-dark).
 */
export function deckFontTheme(deck: { theme: ThemeId; brand?: { headingFont?: string; bodyFont?: string } }): ThemeId | undefined {
  return deck.brand && (deck.brand.headingFont || deck.brand.bodyFont) ? undefined : deck.theme;
}
