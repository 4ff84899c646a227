import { serializeDeck } from '../../src-shared/deck';
import { writeOutputFile } from '../services/export/writeOutputFile';
import { refuseExistingOutput } from './outputGuard';
import { deckFromTemplate } from './deckSource';

/**
 * `briefdeck new --template ID --out FILE [--force]`: writes a new deck file (atomically). An existing FILE is
 * never replaced without `--force`.
 */
export async function newCommand(templateId: string, outPath: string, force: boolean, out: NodeJS.WritableStream): Promise<number> {
  await refuseExistingOutput(outPath, force);
  const deck = await deckFromTemplate(templateId);
  await writeOutputFile(outPath, serializeDeck(deck));
  out.write(`wrote ${outPath} (${deck.slides.length} slides, template ${templateId})\n`);
  return 0;
}
