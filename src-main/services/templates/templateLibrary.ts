/**
 * The template library: reads the briefing templates (`<dir>/*.json`) and argument maps (`<dir>/arguments/*.json`),
 * validates each, and reports bad files by name while the others still load (the article as data: each template
 * cites the argument maps' paragraphs).
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ArgumentMapSchema, type ArgumentMap } from '../../../src-shared/sources';
import { BriefingTemplateSchema, checkTemplate, formatIssuePath, type BriefingTemplate } from '../../../src-shared/templates';
import { readJsonFile } from './readJsonFile';

/** A file that did not load: its path relative to the library folder (e.g. `arguments/x.json`) and why. */
export interface TemplateLoadError {
  file: string;
  message: string;
}

/** What `loadTemplateLibrary` returns: the valid templates and maps, and one error per rejected file. */
export interface TemplateLibrary {
  templates: BriefingTemplate[];
  argumentMaps: ArgumentMap[];
  errors: TemplateLoadError[];
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** First few problems as one line: `deck.slides[3].title: expected string; ...`. */
function describe(problems: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const shown = problems.slice(0, 5).map((p) => `${formatIssuePath(p.path)}: ${p.message}`);
  return shown.join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
}

/**
 * Loads and validates the library in `dir`. Argument maps are read first (`ArgumentMapSchema`); each template is
 * then parsed (`BriefingTemplateSchema`) and checked against the maps (`checkTemplate`), and its id must match its
 * file name and be unique. Each bad file gives one `{ file, message }` whose message names the JSON path of the
 * problem (or the line and column for malformed JSON); the other files still load. Templates come back in gallery
 * order (`order`, then name).
 * @throws only when `dir` itself cannot be listed for a reason other than not existing.
 */
export async function loadTemplateLibrary(dir: string): Promise<TemplateLibrary> {
  const errors: TemplateLoadError[] = [];
  const argumentMaps: ArgumentMap[] = [];
  for (const name of await jsonFiles(join(dir, 'arguments'))) {
    const file = `arguments/${name}`;
    const json = await readJsonFile(join(dir, file));
    if (!json.ok) {
      errors.push({ file, message: json.message });
      continue;
    }
    const parsed = ArgumentMapSchema.safeParse(json.value);
    if (!parsed.success) errors.push({ file, message: describe(parsed.error.issues) });
    else if (argumentMaps.some((m) => m.source.id === parsed.data.source.id)) {
      errors.push({ file, message: `source.id: "${parsed.data.source.id}" is already used by another argument map` });
    } else argumentMaps.push(parsed.data);
  }

  const templates: BriefingTemplate[] = [];
  for (const name of await jsonFiles(dir)) {
    const json = await readJsonFile(join(dir, name));
    if (!json.ok) {
      errors.push({ file: name, message: json.message });
      continue;
    }
    const parsed = BriefingTemplateSchema.safeParse(json.value);
    if (!parsed.success) {
      errors.push({ file: name, message: describe(parsed.error.issues) });
      continue;
    }
    const template = parsed.data;
    const problems = checkTemplate(template, argumentMaps);
    if (template.id !== basename(name, '.json')) problems.unshift({ path: ['id'], message: `"${template.id}" does not match the file name` });
    if (templates.some((t) => t.id === template.id)) problems.unshift({ path: ['id'], message: `"${template.id}" is already used by another template` });
    if (problems.length > 0) errors.push({ file: name, message: describe(problems) });
    else templates.push(template);
  }
  templates.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.name.localeCompare(b.name));
  return { templates, argumentMaps, errors };
}
