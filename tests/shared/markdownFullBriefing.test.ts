import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../../src-shared/commands/applyTemplate';
import type { Bullet, Deck, Slide } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { ArgumentMapSchema } from '../../src-shared/sources';
import { BriefingTemplateSchema } from '../../src-shared/templates';

function templateDeck(id: string): Deck {
  const maps = readdirSync('templates/arguments').filter((f) => f.endsWith('.json')).map((f) => ArgumentMapSchema.parse(JSON.parse(readFileSync(`templates/arguments/${f}`, 'utf8'))));
  const template = BriefingTemplateSchema.parse(JSON.parse(readFileSync(`templates/${id}.json`, 'utf8')));
  return applyTemplate(template, maps, { date: '2023-11-20', author: 'Regional Analysis Cell' });
}

/** What a reader checks after a round trip: order, layouts, titles, bullets with levels, notes. */
function outline(slide: Slide): unknown {
  const bullets = (list: readonly Bullet[]) => list.map((b) => [b.level, b.text]);
  return {
    layout: slide.layout,
    title: slide.title,
    notes: slide.notes,
    bullets: slide.layout === 'bullets' ? bullets(slide.bullets) : slide.layout === 'two-column' ? [bullets(slide.left.bullets), bullets(slide.right.bullets)] : undefined,
  };
}

describe('the built-in briefings survive Markdown export then import', () => {
  const ids = readdirSync('templates').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  it('has the full briefing among the templates', () => {
    expect(ids).toContain('full-briefing');
  });

  for (const id of ids) {
    it(`${id}: titles, bullets with levels, notes and order, and in fact the whole deck`, () => {
      const deck = templateDeck(id);
      const { deck: back, warnings } = markdownToDeck(deckToMarkdown(deck));
      expect(warnings).toEqual([]);
      expect(back.slides.map(outline)).toEqual(deck.slides.map(outline));
      expect(back).toEqual(deck);
    });
  }
});
