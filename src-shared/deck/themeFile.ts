import { z } from 'zod';
import { THEMES } from './deck';
import { BrandSchema, type Brand } from './brand';
import { describeIssue } from './schemaIssues';

/** The file extension of a shared theme file. */
export const THEME_FILE_EXTENSION = '.briefdeck-theme';

/** The `format` marker of a theme file, so that a deck or another JSON file is told apart at once. */
export const THEME_FILE_FORMAT = 'briefdeck-theme' as const;

/**
 * A `.briefdeck-theme` file (UTF-8 JSON) that a team shares: the bundled theme it builds on (`base`) and the
 * organisation's brand (colours, fonts, logo, title-slide style). Version 1 is the only one.
 */
export const ThemeFileSchema = z.strictObject({
  format: z.literal(THEME_FILE_FORMAT),
  version: z.literal(1),
  base: z.enum(THEMES).default('briefing-light'),
  brand: BrandSchema,
});
export type ThemeFile = z.infer<typeof ThemeFileSchema>;

/** Thrown for a theme file that cannot be used; `message` is one line for the user, `issues` one line per problem. */
export class ThemeFileError extends Error {
  constructor(message: string, readonly issues: string[] = []) {
    super(issues.length > 0 ? `${message}: ${issues.slice(0, 5).join('; ')}` : message);
    this.name = 'ThemeFileError';
  }
}

/**
 * Reads the text of a theme file. `name` is the file's name (used in messages).
 * @throws ThemeFileError "<name> is not a BriefDeck theme file" for JSON that is not one, or "<name> is not valid:
 *   colours.accent: a colour must be a hex value…" naming each bad field.
 */
export function parseThemeFile(text: string, name: string): ThemeFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ThemeFileError(`${name} is not a BriefDeck theme file (it is not JSON)`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== THEME_FILE_FORMAT) {
    throw new ThemeFileError(`${name} is not a BriefDeck theme file (no "format": "${THEME_FILE_FORMAT}")`);
  }
  const parsed = ThemeFileSchema.safeParse(json);
  if (!parsed.success) throw new ThemeFileError(`${name} is not a valid theme file`, parsed.error.issues.map((i) => describeIssue(i, json).message));
  return parsed.data;
}

/** A theme file's JSON text (two-space indented, a final newline) for `base` and `brand`. */
export function serializeThemeFile(base: ThemeFile['base'], brand: Brand): string {
  return `${JSON.stringify(ThemeFileSchema.parse({ format: THEME_FILE_FORMAT, version: 1, base, brand }), null, 2)}\n`;
}
