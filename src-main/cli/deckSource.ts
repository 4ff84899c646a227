import type { Deck } from '../../src-shared/deck';
import { DeckFileError, openDeckFile } from '../services/deckFiles';
import { CliError, oneLine } from './cliError';

/**
 * Reads and validates a deck file with the app's openDeckFile (size cap checked by stat before reading, never
 * writes); throws CliError naming the file and the problem (with JSON path or line, or the size over the cap).
 */
export async function readDeckFile(path: string): Promise<{ deck: Deck; warnings: string[] }> {
  try {
    const { deck, warnings } = await openDeckFile(path);
    return { deck, warnings };
  } catch (error) {
    if (error instanceof DeckFileError && error.details.deckError) throw new CliError(`${path}: ${error.details.deckError.message}`, 1, { cause: error });
    throw new CliError(`cannot read ${path}: ${oneLine(error)}`, 1, { cause: error });
  }
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
