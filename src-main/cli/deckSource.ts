import type { Deck } from '../../src-shared/deck';
import { DeckFileError, openDeckFile } from '../services/deckFiles';
import { ServiceFailure } from '../services/ports/serviceTypes';
import type { TemplateLibraryService } from '../services/templates/templateService';
import { CliError, oneLine } from './cliError';
import { cannotRead, errnoOf } from './readFailure';

/**
 * Reads and validates a deck file with the app's openDeckFile (size cap checked by stat before reading, never
 * writes); throws CliError naming the file and the problem (with JSON path or line, or the size over the cap); a
 * file the file system will not hand over gives the one line of cannotRead (readFailure.ts).
 */
export async function readDeckFile(path: string): Promise<{ deck: Deck; warnings: string[] }> {
  try {
    const { deck, warnings } = await openDeckFile(path);
    return { deck, warnings };
  } catch (error) {
    if (error instanceof DeckFileError && error.details.deckError) throw new CliError(`${path}: ${error.details.deckError.message}`, 1, { cause: error });
    const errno = errnoOf(error);
    if (errno !== undefined) throw cannotRead(path, errno, error);
    // The service's sentence starts "Cannot open “name”:", which the CLI line already says as "cannot read PATH:".
    throw new CliError(`cannot read ${path}: ${oneLine(error).replace(/^Cannot open “[^”]*”: /, '')}`, 1, { cause: error });
  }
}

/**
 * The template service the app's gallery uses (`createTemplateService` over the built-in templates folder found by
 * `defaultTemplatesDir`), for `new`, `export --template` and `templates`. Bad template files are reported by the
 * command that lists them (`templates`), not on every load.
 */
export async function cliTemplateService(): Promise<TemplateLibraryService> {
  const [{ createTemplateService }, { defaultTemplatesDir }] = await Promise.all([import('../services/templates/templateService'), import('../services/templates/defaultTemplatesDir')]);
  return createTemplateService(defaultTemplatesDir(), { onLoadErrors: () => undefined });
}

/**
 * A new deck from a built-in template, made as the gallery makes it (`templateService.instantiate`: fresh slide
 * ids, today's date). Throws CliError listing the known ids for an unknown id, or naming the bad file's problem.
 */
export async function deckFromTemplate(templateId: string): Promise<Deck> {
  const service = await cliTemplateService();
  try {
    return await service.instantiate(templateId);
  } catch (error) {
    if (!(error instanceof ServiceFailure) || error.code !== 'not-found') throw error;
    const library = await service.library();
    const known = library.templates.map((t) => t.id).join(', ') || 'none';
    const broken = library.errors.find((e) => e.file === `${templateId}.json`);
    throw new CliError(broken ? `template ${templateId} is invalid (${broken.file}: ${broken.message})` : `unknown template "${templateId}" (known: ${known})`, 1, { cause: error });
  }
}
