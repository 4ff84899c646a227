import { visibleSlides } from '../../src-shared/render/markup/visibleSlides';
import { readDeckFile } from './deckSource';

/** `briefdeck validate FILE`: "FILE: valid deck …" and any warnings; a bad file throws (exit 1, one line). */
export async function validateCommand(path: string, out: NodeJS.WritableStream): Promise<number> {
  const { deck, warnings } = await readDeckFile(path);
  const visible = visibleSlides(deck).length;
  out.write(`${path}: valid deck "${deck.title}", ${deck.slides.length} slides (${visible} visible)\n`);
  for (const w of warnings) out.write(`warning: ${w}\n`);
  return 0;
}
