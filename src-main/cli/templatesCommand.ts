import { templateListing } from '../../src-shared/templates';
import { CliError } from './cliError';
import { cliTemplateService } from './deckSource';

/** `briefdeck templates`: one line per valid template (id, slide count, name); bad template files on stderr. */
export async function templatesCommand(out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const library = await (await cliTemplateService()).library();
  if (library.templates.length === 0) throw new CliError('no valid templates found');
  const rows = library.templates.map((t) => templateListing(t, library.argumentMaps));
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) out.write(`${r.id.padEnd(width)}  ${String(r.slideCount).padStart(2)} slides  ${r.name}\n`);
  for (const e of library.errors) err.write(`briefdeck: skipped ${e.file}: ${e.message}\n`);
  return 0;
}
