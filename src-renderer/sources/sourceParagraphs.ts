import type { Source } from '../../src-shared/deck';
import type { ArgumentMap } from '../../src-shared/sources';

/** One paragraph as the Source panel shows it: its number, its text (or summary) and its section heading. */
export interface PanelParagraph {
  n: number;
  text: string;
}

/** A run of consecutive paragraphs under one section heading ('' when the source gives none). */
export interface PanelSection {
  key: string;
  title: string;
  paragraphs: PanelParagraph[];
}

/** What the Source panel can show of a source: its text, the map's summaries in our words, or nothing. */
export interface PanelSource {
  kind: 'text' | 'summaries' | 'none';
  sections: PanelSection[];
  /** Number of paragraphs shown. */
  count: number;
}

function grouped(paragraphs: readonly { n: number; text: string; section?: string }[], titles: ReadonlyMap<string, string>): PanelSection[] {
  const out: PanelSection[] = [];
  for (const p of [...paragraphs].sort((a, b) => a.n - b.n)) {
    const id = p.section ?? '';
    const last = out.at(-1);
    if (last && last.key.split('@')[0] === id) last.paragraphs.push({ n: p.n, text: p.text });
    else out.push({ key: `${id}@${p.n}`, title: titles.get(id) ?? '', paragraphs: [{ n: p.n, text: p.text }] });
  }
  return out;
}

/**
 * The paragraphs of a deck source, in number order, grouped under their section headings: the source's own text
 * when the deck carries it (an imported source), else the one-line summaries of the argument map in `maps` with the
 * same id (the built-in article, whose text is not in the deck), else nothing.
 */
export function panelSource(source: Source, maps: readonly ArgumentMap[]): PanelSource {
  if (source.paragraphs?.length) {
    const titles = new Map((source.sections ?? []).map((s) => [s.id, s.title]));
    return { kind: 'text', sections: grouped(source.paragraphs, titles), count: source.paragraphs.length };
  }
  const map = maps.find((m) => m.source.id === source.id);
  if (map) {
    const titles = new Map(map.source.sections.map((s) => [s.id, s.title]));
    const paragraphs = map.source.paragraphs.map((p) => ({ n: p.n, text: p.summary, section: p.section }));
    return { kind: 'summaries', sections: grouped(paragraphs, titles), count: paragraphs.length };
  }
  return { kind: 'none', sections: [], count: 0 };
}
