import { serializeDeck } from '../../src-shared/deck';
import { deckFromSource, isSourceShape, SOURCE_SHAPES } from '../../src-shared/generate';
import { writeOutputFile } from '../services/export/writeOutputFile';
import { refuseExistingOutput } from './outputGuard';
import { CliError } from './cliError';
import { readSourceJson } from './sourceJsonFile';

/** What `briefdeck new --source FILE --shape SHAPE --out FILE [--force]` asks for. */
export interface NewFromSourceRequest {
  source: string;
  shape: string;
  out: string;
  force: boolean;
}

/**
 * `briefdeck new --source SOURCE.json --shape SHAPE --out FILE [--force]`: a cited briefing deck generated from the
 * source and its argument map (deckFromSource; a skeleton by section when the source has no map), dated today,
 * written atomically. An unknown shape is refused with the list of shapes before anything is read; an existing
 * FILE is never replaced without `--force`.
 */
export async function newFromSourceCommand(request: NewFromSourceRequest, out: NodeJS.WritableStream, today = new Date()): Promise<number> {
  const shape = request.shape.toLowerCase();
  if (!isSourceShape(shape)) throw new CliError(`unknown shape "${request.shape}" (shapes: ${SOURCE_SHAPES.join(', ')})`, 2);
  await refuseExistingOutput(request.out, request.force);
  const source = await readSourceJson(request.source);
  const deck = deckFromSource(source, shape, { date: today.toISOString().slice(0, 10) });
  await writeOutputFile(request.out, serializeDeck(deck));
  const toDo = (source.arguments ?? []).length > 0 ? 'its argument map' : 'no argument map yet: a skeleton by section';
  out.write(`wrote ${request.out} (${deck.slides.length} slides, ${shape} from ${source.id}, ${toDo})\n`);
  return 0;
}
