import type { Deck } from './deck';
import { type DeckError, formatJsonPath, type JsonPathSegment } from './deckError';

/** How many dangling-citation warnings are listed one by one before they are summed up. */
const MAX_CITATION_WARNINGS = 20;

/**
 * Cross-field checks the zod schema cannot express (schema: "Stable slide id, unique in the deck"; a citation's
 * `sourceId` is "Id of an entry in deck.sources").
 * - `error`: the first slide id used twice, as a `schema` DeckError naming both JSON paths. Refused rather than
 *   warned: the editor selects, moves and edits slides by id, so the second slide could never be edited on its own.
 * - `warnings`: each citation (at any depth of a slide: slide, bullet, key judgment, column bullet, timeline entry)
 *   whose sourceId is not in deck.sources, e.g. `slides[3].citations[0].sourceId: no source "nope" in deck.sources …`
 *   (it would render as "Unknown source"). At most 20 are listed, then one summing line.
 * Pure; takes a deck already parsed by DeckSchema.
 */
export function checkDeckIntegrity(deck: Pick<Deck, 'slides' | 'sources'>): { error?: DeckError; warnings: string[] } {
  const firstIndex = new Map<string, number>();
  for (const [i, slide] of deck.slides.entries()) {
    const seen = firstIndex.get(slide.id);
    if (seen !== undefined) {
      const path: JsonPathSegment[] = ['slides', i, 'id'];
      return {
        error: {
          code: 'schema',
          path,
          issues: [{ path, message: 'duplicate slide id' }],
          message: `${formatJsonPath(path)}: ${JSON.stringify(slide.id)} is already the id of slides[${seen}]; slide ids must be unique in a deck (the editor selects, moves and edits slides by id). Rename one of them.`,
        },
        warnings: [],
      };
    }
    firstIndex.set(slide.id, i);
  }

  const sourceIds = new Set(deck.sources.map((s) => s.id));
  const dangling: string[] = [];
  deck.slides.forEach((slide, i) => collectDangling(slide, ['slides', i], sourceIds, dangling));
  const warnings = dangling.slice(0, MAX_CITATION_WARNINGS);
  if (dangling.length > MAX_CITATION_WARNINGS) warnings.push(`${dangling.length - MAX_CITATION_WARNINGS} more citations name a source that is not in deck.sources.`);
  return { warnings };
}

/** Walks `value` for `citations` arrays (any layout, any depth) and lists citations with an unknown sourceId. */
function collectDangling(value: unknown, path: JsonPathSegment[], sourceIds: ReadonlySet<string>, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectDangling(v, [...path, i], sourceIds, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'citations' && Array.isArray(child)) {
      child.forEach((c: unknown, j) => {
        const sourceId = (c as { sourceId?: unknown } | null)?.sourceId;
        if (typeof sourceId === 'string' && !sourceIds.has(sourceId)) {
          out.push(`${formatJsonPath([...path, key, j, 'sourceId'])}: no source ${JSON.stringify(sourceId)} in deck.sources; it shows as "Unknown source". Add the source or fix the id.`);
        }
      });
    } else if (child && typeof child === 'object') collectDangling(child, [...path, key], sourceIds, out);
  }
}
