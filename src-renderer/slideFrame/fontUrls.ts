/**
 * URLs of the bundled @fontsource woff2 files used by the themes (src-shared/render/themes/fontFiles.ts), emitted by
 * vite as assets of the app (served from our own origin: never fetched from the network). Only the subsets the themes
 * name are matched: latin and latin-ext of Noto Sans / Noto Serif, arabic of Vazirmatn, weights 400 and 700.
 */
const FILES = import.meta.glob(
  [
    '../../node_modules/@fontsource/noto-sans/files/noto-sans-latin{,-ext}-{400,700}-{normal,italic}.woff2',
    '../../node_modules/@fontsource/noto-serif/files/noto-serif-latin{,-ext}-{400,700}-normal.woff2',
    '../../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-{400,700}-normal.woff2',
  ],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

const BY_SPECIFIER = new Map(Object.entries(FILES).map(([path, url]) => [path.replace(/^.*node_modules\//, ''), url]));

/**
 * The URL of a bundled font file, from its package specifier (`@fontsource/<family>/files/<name>.woff2`).
 * Throws Error for a file that is not bundled, so a theme that names a new font fails loudly rather than falling
 * back to a system font.
 */
export function fontUrl(specifier: string): string {
  const url = BY_SPECIFIER.get(specifier);
  if (!url) throw new Error(`font file not bundled in the slide frame: ${specifier}`);
  return url;
}
