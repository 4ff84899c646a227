import { resolve } from 'node:path';
import { markingOf, SlideSchema, type Deck, type Slide } from '../../src-shared/deck';
import { slideIdsOf, createSlideId } from '../../src-shared/deck/slideIds';
import { insertSlides } from '../../src-shared/commands/insertSlides';
import { DeckFileError, saveDeckFile } from '../services/deckFiles';
import { CliError, oneLine } from './cliError';
import { readDeckFile } from './deckSource';
import { refuseExistingOutput } from './outputGuard';
import type { AddSlideKind, OptionValues } from './addSlideKind';
import { ADD_SLIDE_KINDS } from './addSlideKinds';

/** A checked `briefdeck add` command line. */
export interface AddRequest {
  /** The deck file to add to. */
  file: string;
  kind: AddSlideKind['kind'];
  /** The value of `--<kind>`. */
  value: string;
  /** Every option given, for the kind's own options. */
  values: OptionValues;
  title: string;
  alt: string;
  sourceLine: string;
  /** `--portion-marking`: the mark of the slide's title and of its figure (a marked deck needs both), or undefined. */
  portionMarking?: string;
  /** Insert after this slide (1-based; 0 = first); undefined = at the end, before the deck's closing sources slides. */
  after?: number;
  /** Write here instead of back to `file`. */
  out?: string;
  force: boolean;
}

/** The kind `kind` names; throws CliError (2) for a kind no entry registers. */
export function addSlideKind(kind: string): AddSlideKind {
  const found = ADD_SLIDE_KINDS.find((k) => k.kind === kind);
  if (!found) throw new CliError(`add cannot make a ${kind} slide`, 2);
  return found;
}

/**
 * The slide with `mark` on its title and on its figure: ICD 710 marks a figure as a portion of its own. A picture
 * carries its mark on the picture (`picture.portionMarking`); a map or chart on the slide body (`bodyPortionMarking`).
 */
function withPortionMarks(slide: Slide, mark: string): Slide {
  if (slide.layout === 'picture' && slide.picture) return { ...slide, portionMarking: mark, picture: { ...slide.picture, portionMarking: mark } };
  return { ...slide, portionMarking: mark, bodyPortionMarking: mark };
}

/**
 * Where a slide added "at the end" goes: after the last slide that is not a sources slide, so that the generated
 * sources slide (and any after it of that layout) stays last, as the templates have it.
 */
function beforeClosingSources(deck: Deck): number {
  let end = deck.slides.length;
  while (end > 0 && deck.slides[end - 1].layout === 'sources') end--;
  return end;
}

/**
 * `briefdeck add DECK --<kind> VALUE --alt TEXT [--title T] [--source-line T] [--portion-marking M] [--after N]
 * [--out FILE] [--force]`:
 * reads and validates the deck (readDeckFile), builds the figure slide (the kind's `build`), checks it against the
 * deck schema, inserts it (the editor's insertSlides command, so ids stay unique) and saves the deck with the app's
 * saveDeckFile (atomic; the saved text must parse again). A portion-marked deck needs `--portion-marking`. Writes back to DECK unless `--out`, which must not exist
 * unless `--force`. A failure before the save changes no file; a failed save leaves the old file byte-identical.
 * Prints `added slide N (“title”, map) to FILE`. Throws CliError with one line.
 */
export async function addCommand(req: AddRequest, out: NodeJS.WritableStream): Promise<number> {
  const kind = addSlideKind(req.kind);
  const target = req.out ?? req.file;
  if (req.out !== undefined && resolve(req.out) !== resolve(req.file)) await refuseExistingOutput(req.out, req.force);
  const { deck } = await readDeckFile(req.file);
  // A marked deck refuses to export an unmarked portion: say so now, not at the export.
  const { scheme } = markingOf(deck);
  if (req.portionMarking === undefined && scheme !== 'none') {
    throw new CliError(`${req.file} is portion-marked (${scheme}): give the new slide its mark with --portion-marking, e.g. "(U)"`, 2);
  }
  const after = req.after ?? beforeClosingSources(deck);
  if (!Number.isInteger(after) || after < 0 || after > deck.slides.length) {
    throw new CliError(`--after ${req.after} is not a slide of ${req.file} (use 0 to ${deck.slides.length})`, 2);
  }
  const built = await kind.build(req.value, req.values, { id: createSlideId(slideIdsOf(deck)), title: req.title, alt: req.alt, sourceLine: req.sourceLine }, deck);
  const checked = SlideSchema.safeParse(req.portionMarking === undefined ? built : withPortionMarks(built, req.portionMarking));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CliError(`cannot add the ${req.kind}: ${issue.path.join('.') || 'slide'}: ${issue.message}`);
  }
  const next: Deck = insertSlides.perform(deck, { index: after, slides: [checked.data as Slide] });
  try {
    await saveDeckFile(target, next);
  } catch (error) {
    throw new CliError(error instanceof DeckFileError ? error.message : `cannot write ${target}: ${oneLine(error)}`, 1, { cause: error });
  }
  const title = checked.data.title.trim();
  out.write(`added slide ${after + 1} (${title ? `“${title}”, ` : ''}${req.kind}) to ${target}\n`);
  return 0;
}
