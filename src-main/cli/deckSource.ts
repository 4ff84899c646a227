import { readFile } from 'node:fs/promises';
import type { Deck } from '../../src-shared/deck';
import { parseDeck } from '../../src-shared/deck';
import { CliError, oneLine } from './cliError';

/** Reads and validates a deck file; throws CliError naming the file and the problem (with JSON path or line). */
export async function readDeckFile(path: string): Promise<{ deck: Deck; warnings: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${oneLine(error)}`, 1, { cause: error });
  }
  const result = parseDeck(bytes);
  if (!result.ok) throw new CliError(`${path}: ${result.error.message}`);
  return { deck: result.deck, warnings: result.warnings };
}

/**
 * A new deck from a built-in template (the templates folder found by `defaultTemplatesDir`), through helper A's
 * template library and the pure `applyTemplate` command. Throws CliError listing the known ids for an unknown id.
 */
export async function deckFromTemplate(templateId: string): Promise<Deck> {
  const { loadTemplateLibrary, defaultTemplatesDir } = await import('../services/templateLibrary');
  const { applyTemplate } = await import('../../src-shared/commands/applyTemplate');
  const library = await loadTemplateLibrary(defaultTemplatesDir());
  const template = library.templates.find((t) => t.id === templateId);
  if (!template) {
    const known = library.templates.map((t) => t.id).join(', ') || 'none';
    const broken = library.errors.find((e) => e.file === `${templateId}.json`);
    throw new CliError(broken ? `template ${templateId} is invalid (${broken.file}: ${broken.message})` : `unknown template "${templateId}" (known: ${known})`);
  }
  return applyTemplate(template, library.argumentMaps);
}
