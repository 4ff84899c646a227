import { CliError } from './cliError';
import { visibleSlides } from '../../src-shared/render/markup/visibleSlides';
import { readDeckFile } from './deckSource';

/** `briefdeck validate FILE`: "FILE: valid deck …" and any warnings; a bad file throws (exit 1, one line). */
export async function validateCommand(path: string, out: NodeJS.WritableStream): Promise<number> {
  // A reveal.js Markdown deck is not a deck file: say which command reads it.
  if (/\.(md|markdown)$/i.test(path)) throw new CliError(`${path} is a Markdown file, not a deck file (to make a deck of it: briefdeck import ${path} --out deck.briefdeck)`);
  const { deck, warnings } = await readDeckFile(path);
  const visible = visibleSlides(deck).length;
  out.write(`${path}: valid deck "${deck.title}", ${deck.slides.length} slides (${visible} visible)\n`);
  for (const w of warnings) out.write(`warning: ${w}\n`);
  return 0;
}
