import { MAX_CHART_CELL, MAX_CHART_ROWS, type Bullet, type Citation, type Layout, type Slide, type SlideOf } from '../deck';
import { newSlide } from './newSlide';
import { carryPicture } from './carryPicture';

/** One line of slide text, the common form every layout converts through. */
interface Line {
  text: string;
  level: number;
  fragment: boolean;
  citations?: Citation[];
}

/** Fields that belong to one layout's content (dropped when the layout changes; their text carries over). */
const CONTENT_FIELDS = ['subtitle', 'bluf', 'judgments', 'bullets', 'left', 'right', 'columns', 'rows', 'caption', 'entries', 'quote', 'attribution', 'chartType', 'axisLabel', 'alt', 'sourceLine', 'style', 'picture', 'map', 'columnWidths'];

const line = (text: string, level = 0, fragment = false, citations?: Citation[]): Line => ({ text, level, fragment, ...(citations ? { citations } : {}) });
const fromBullet = (b: Bullet, extra = 0): Line => line(b.text, Math.min(4, b.level + extra), b.fragment, b.citations);

function linesOf(slide: Slide): Line[] {
  switch (slide.layout) {
    case 'title':
    case 'section':
      return slide.subtitle ? [line(slide.subtitle)] : [];
    case 'bluf':
      return [...(slide.bluf ? [line(slide.bluf)] : []), ...slide.judgments.map((j) => line(j.text, 0, j.fragment, j.citations))];
    case 'bullets':
      return slide.bullets.map((b) => fromBullet(b));
    case 'two-column':
      return [slide.left, slide.right].flatMap((col) => (col.heading ? [line(col.heading), ...col.bullets.map((b) => fromBullet(b, 1))] : col.bullets.map((b) => fromBullet(b))));
    case 'table':
      return slide.rows.map((r) => line(r.filter((c) => c !== '').join(' — ')));
    case 'timeline':
      return slide.entries.map((e) => line(e.date ? `${e.date} — ${e.event}` : e.event, 0, e.fragment, e.citations));
    case 'quote':
      return [...slide.quote.split('\n').filter((t) => t.trim() !== '').map((t) => line(t)), ...(slide.attribution ? [line(slide.attribution)] : [])];
    case 'sources':
    case 'map':
    case 'changes':
      return [];
    case 'chart':
      return [slide.columns, ...slide.rows].map((r) => line(r.filter((c) => c !== '').join(' — '))).filter((l) => l.text !== '');
    case 'picture':
      return slide.picture?.caption ? [line(slide.picture.caption)] : [];
  }
}

const toBullet = (l: Line): Bullet => ({ text: l.text, level: l.level, fragment: l.fragment, ...(l.citations ? { citations: l.citations } : {}) });

function contentFor(layout: Layout, lines: Line[], id: string): Partial<Slide> {
  const skeleton = newSlide(layout, id) as Slide & Record<string, unknown>;
  // A slide with nothing typed yet (a new slide's one empty bullet) takes the new layout's own empty fields, as a
  // PowerPoint layout change on an empty slide gives that layout's placeholders: both columns, the table's cells.
  if (lines.every((l) => l.text.trim() === '' && !l.citations?.length)) return pickContent(skeleton);
  const texts = lines.map((l) => l.text);
  switch (layout) {
    case 'title':
    case 'section':
      return { subtitle: texts[0] } as Partial<SlideOf<'title'>>;
    case 'bluf':
      return { bluf: texts[0], judgments: lines.slice(1).map((l) => ({ text: l.text, confidence: 'moderate' as const, fragment: l.fragment, ...(l.citations ? { citations: l.citations } : {}) })) };
    case 'bullets':
      return { bullets: lines.map(toBullet) };
    case 'two-column':
      return { left: { heading: '', bullets: lines.map(toBullet) }, right: { heading: '', bullets: [] } };
    case 'table':
      return { columns: [''], rows: texts.map((t) => [t]), caption: '' };
    case 'timeline':
      return {
        entries: lines.map((l) => {
          const m = /^(\S+)\s+[—–-]\s+(.*)$/s.exec(l.text);
          return { date: m ? m[1] : '', event: m ? m[2] : l.text, fragment: l.fragment, ...(l.citations ? { citations: l.citations } : {}) };
        }),
      };
    case 'quote':
      return { quote: texts.join('\n'), attribution: '' };
    case 'sources':
    case 'picture':
    case 'changes':
      return {};
    case 'chart':
      return { chartType: 'bar', columns: ['', ''], rows: texts.slice(0, MAX_CHART_ROWS).map((t) => [t.slice(0, MAX_CHART_CELL), '']), axisLabel: '', alt: '', sourceLine: '' };
    case 'map':
      return pickContent(skeleton);
  }
}

function pickContent(slide: Record<string, unknown>): Partial<Slide> {
  const out: Record<string, unknown> = {};
  for (const k of CONTENT_FIELDS) if (k in slide) out[k] = slide[k];
  return out as Partial<Slide>;
}

/**
 * The slide in another layout, keeping its text: the common fields (id, title, notes, citations, argument ids,
 * hidden, portion marking, background) and any unknown fields stay; the old layout's content becomes lines of text
 * (bullets with their levels, fragments and citations; two-column headings become top-level bullets over their
 * column's bullets; timeline entries become "date — event"; table rows are joined with " — ") and the new layout is
 * filled from them (bullets -> two-column puts all bullets in the left column; -> BLUF makes the first line the BLUF
 * and the rest key judgments at moderate confidence); a picture moves between the picture layout and the left column
 * (carryPicture). Returns the same slide when the layout is unchanged.
 */
export function convertLayout(slide: Slide, layout: Layout): Slide {
  if (slide.layout === layout) return slide;
  const lines = linesOf(slide);
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(slide)) if (!CONTENT_FIELDS.includes(k) && k !== 'layout') kept[k] = v;
  return carryPicture(slide, { ...kept, layout, ...contentFor(layout, lines, slide.id) } as Slide);
}
