import type { Source } from '../../src-shared/deck';
import { readSourceJson } from './sourceJsonFile';

/** One line of the text listing: ¶ number, then the paragraph's text on the same line (what a citation's "¶ 7" names). */
function paragraphLine(n: number, text: string): string {
  return `¶${n}  ${text}`;
}

/**
 * The text listing of a source's paragraphs: its title, author and date line, then each section's title (as
 * `## title`) followed by its paragraphs, one line each (`¶7  text`), in order. A source without sections lists
 * its paragraphs alone.
 */
export function paragraphListing(source: Source): string {
  const byline = [source.authors.join(', '), source.publisher, source.date].filter(Boolean).join(' · ');
  const lines = [`${source.title} (${source.id})`, ...(byline ? [byline] : [])];
  const titles = new Map((source.sections ?? []).map((s) => [s.id, s.title]));
  let section: string | undefined;
  for (const p of source.paragraphs ?? []) {
    if (p.section !== undefined && p.section !== section) lines.push('', `## ${titles.get(p.section) ?? p.section}`);
    section = p.section;
    lines.push(paragraphLine(p.n, p.text));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `briefdeck source paragraphs SOURCE.json [--json]`: prints the source's numbered paragraphs (paragraphListing), or
 * with `--json` one object `{ id, title, paragraphs: [{ n, section, sectionTitle, text, hash }] }` for scripts.
 * Reads only. Throws CliError (readSourceJson) for a file that is not a source file.
 */
export async function sourceParagraphsCommand(file: string, json: boolean, out: NodeJS.WritableStream): Promise<number> {
  const source = await readSourceJson(file);
  if (!json) {
    out.write(paragraphListing(source));
    return 0;
  }
  const titles = new Map((source.sections ?? []).map((s) => [s.id, s.title]));
  const paragraphs = (source.paragraphs ?? []).map((p) => ({ n: p.n, section: p.section ?? null, sectionTitle: p.section === undefined ? null : (titles.get(p.section) ?? null), text: p.text, hash: p.hash ?? null }));
  out.write(`${JSON.stringify({ id: source.id, title: source.title, paragraphs }, null, 2)}\n`);
  return 0;
}
