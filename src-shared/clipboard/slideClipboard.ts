import { type Deck, parseDeck, type Slide, type Source } from '../deck';
import { forEachCitation } from '../deck/citationWalk';

/**
 * The clipboard format of copied slides: the system clipboard carries them under this custom MIME type, so that
 * another BriefDeck window (or the same one, after another deck was opened) can paste them, and no other app takes
 * them for text.
 */
export const SLIDE_CLIPBOARD_MIME = 'application/x-briefdeck-slides+json';

/** The marker field a clipboard payload carries at its top level (its value is the format version, 1). */
export const SLIDE_CLIPBOARD_MARKER = 'briefdeckClipboard';

/** Slides read back from the clipboard, with the source records their citations name. */
export interface ClipboardSlides {
  slides: Slide[];
  sources: Source[];
}

/**
 * The clipboard payload for the slides `ids` of `deck` (in deck order): a deck file of its own (the deck's
 * settings, the slides and only the sources they cite) with the marker field, as JSON text. Null when no slide
 * matches.
 */
export function slidesClipboardText(deck: Deck, ids: readonly string[]): string | null {
  const wanted = new Set(ids);
  const slides = deck.slides.filter((s) => wanted.has(s.id));
  if (slides.length === 0) return null;
  const cited = new Set<string>();
  forEachCitation(slides, (c) => cited.add(c.sourceId));
  const sources = deck.sources.filter((s) => cited.has(s.id));
  return JSON.stringify({ [SLIDE_CLIPBOARD_MARKER]: 1, ...deck, slides, sources });
}

/**
 * Reads a clipboard payload (text that may come from anyone: another app, another person's deck). It must be JSON
 * with the marker field and pass the whole deck check (`parseDeck`: strict JSON, size and depth caps, the deck
 * schema, unique slide ids). Returns the slides and sources, or an error message for the user.
 */
export function readSlidesClipboard(text: string): { ok: true; value: ClipboardSlides } | { ok: false; error: string } {
  if (!text.trimStart().startsWith('{') || !text.includes(`"${SLIDE_CLIPBOARD_MARKER}"`)) return { ok: false, error: 'The clipboard holds no BriefDeck slides.' };
  const r = parseDeck(text);
  if (!r.ok) return { ok: false, error: `The slides on the clipboard cannot be pasted: ${r.error.message}` };
  if ((r.deck as Record<string, unknown>)[SLIDE_CLIPBOARD_MARKER] !== 1) return { ok: false, error: 'The clipboard holds no BriefDeck slides.' };
  if (r.deck.slides.length === 0) return { ok: false, error: 'The clipboard holds no slides.' };
  return { ok: true, value: { slides: r.deck.slides, sources: r.deck.sources } };
}

/** The plain-text form of copied slides for other apps: one line per slide title (Untitled for an empty title). */
export function slidesOutlineText(slides: readonly Pick<Slide, 'title'>[]): string {
  return slides.map((s) => s.title.trim() || 'Untitled').join('\n');
}
