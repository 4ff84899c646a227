/**
 * The shapes a briefing deck generated from a source can take (deckFromSource), after the built-in templates:
 * - `full-briefing`: title, BLUF, per argument its claims slide and its evidence / counterpoints slide, sources;
 * - `five-minute-bluf`: title, BLUF, the key (first) claim of each argument, sources;
 * - `drivers-vs-limits`: title, BLUF, claims vs counterpoints in two columns (overall, or per argument), sources;
 * - `timeline`: title, BLUF, the dated facts in date order on timeline slides, sources;
 * - `actors`: title, BLUF, a slide per actor the source attributes views to, then the source's own analysis, sources;
 * - `indicators`: title, BLUF, per argument the indicators to write, sources.
 */
export const SOURCE_SHAPES = ['full-briefing', 'five-minute-bluf', 'drivers-vs-limits', 'timeline', 'actors', 'indicators'] as const;
export type SourceShape = (typeof SOURCE_SHAPES)[number];

/** Whether `value` names one of SOURCE_SHAPES (for reading a shape typed by a user). */
export function isSourceShape(value: string): value is SourceShape {
  return (SOURCE_SHAPES as readonly string[]).includes(value);
}

/** The name and one-line purpose of each shape, as the app's Generate briefing dialog and `briefdeck help` show them. */
export const SHAPE_DESCRIPTIONS: Readonly<Record<SourceShape, { name: string; purpose: string }>> = {
  'full-briefing': { name: 'Full briefing', purpose: 'Every argument: its claims, then its evidence and counterpoints.' },
  'five-minute-bluf': { name: 'Five-minute BLUF', purpose: 'The bottom line and the key claim of each argument.' },
  'drivers-vs-limits': { name: 'Drivers vs limits', purpose: 'What pushes the argument forward beside what holds it back.' },
  timeline: { name: 'Timeline', purpose: 'The dated facts of the map, in date order.' },
  actors: { name: 'Actors', purpose: 'A slide per actor whose views the source reports, then its own analysis.' },
  indicators: { name: 'Indicators to watch', purpose: 'Per argument, the signs to watch for, for you to write.' },
};
