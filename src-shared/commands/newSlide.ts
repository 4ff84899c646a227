import { type Layout, type Slide, SlideSchema, type SlideOf } from '../deck';

/** Layout content of a new slide, before schema defaults (one empty item to type into; a 2x1 table). */
const SKELETONS: { [L in Layout]: Omit<Partial<SlideOf<L>>, 'id' | 'layout'> } = {
  title: { title: '', subtitle: '' },
  bluf: { title: 'Bottom line up front', bluf: '', judgments: [{ text: '', confidence: 'moderate', fragment: false }] },
  bullets: { bullets: [{ text: '', level: 0, fragment: false }] },
  'two-column': { left: { heading: '', bullets: [{ text: '', level: 0, fragment: false }] }, right: { heading: '', bullets: [{ text: '', level: 0, fragment: false }] } },
  table: { columns: ['', ''], rows: [['', '']] },
  timeline: { entries: [{ date: '', event: '', fragment: false }] },
  quote: { quote: '', attribution: '' },
  section: { subtitle: '' },
  sources: { title: 'Sources' },
  changes: { title: 'What changed' },
  chart: { chartType: 'bar', columns: ['', ''], rows: [['', '']] },
  picture: {},
  map: { map: { extent: 'middle-east', highlights: [], points: [], lines: [], legend: true }, alt: '', sourceLine: '' },
};

/**
 * A new slide of `layout` with id `id`: every field present (schema defaults: empty title and notes, no citations,
 * not hidden) and the layout's skeleton content.
 */
export function newSlide<L extends Layout>(layout: L, id: string): SlideOf<L> {
  return SlideSchema.parse({ ...structuredCloneJson(SKELETONS[layout]), id, layout }) as Slide as SlideOf<L>;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
