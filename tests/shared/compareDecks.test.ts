import { describe, expect, it } from 'vitest';
import { compareDecks, comparisonReport, inlineDiffText, redlineHtml, wordDiff } from '../../src-shared/compare';
import type { SlideOf } from '../../src-shared/deck';
import { briefingV1, copyDeck } from './versionDecks';

function bluf(deck: ReturnType<typeof briefingV1>): SlideOf<'bluf'> {
  return deck.slides.find((s) => s.layout === 'bluf') as SlideOf<'bluf'>;
}

describe('wordDiff', () => {
  it('marks the replaced word and keeps the rest, and gives both texts back', () => {
    const runs = wordDiff('Insurers will raise premiums this quarter.', 'Insurers will sharply raise premiums next quarter.');
    expect(inlineDiffText(runs)).toBe('Insurers will {+sharply +}raise premiums [-this-]{+next+} quarter.');
    expect(runs.filter((r) => r.op !== 'insert').map((r) => r.text).join('')).toBe('Insurers will raise premiums this quarter.');
    expect(runs.filter((r) => r.op !== 'delete').map((r) => r.text).join('')).toBe('Insurers will sharply raise premiums next quarter.');
  });

  it('gives one equal run for equal texts and handles empty sides', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
  });
});

describe('compareDecks', () => {
  it('finds nothing between a deck and its copy', () => {
    const v1 = briefingV1();
    const cmp = compareDecks(v1, copyDeck(v1));
    expect(cmp.summary).toEqual({ slidesAdded: 0, slidesRemoved: 0, slidesMoved: 0, slidesChanged: 0, judgmentsMoved: 0, sourcesAdded: 0, sourcesDropped: 0 });
    expect(cmp.slides.every((s) => s.status === 'same')).toBe(true);
  });

  it('reports a moved slide, and only that one, as moved', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    const [timeline] = v2.slides.splice(3, 1);
    v2.slides.splice(1, 0, timeline);
    const cmp = compareDecks(v1, v2);
    expect(cmp.summary.slidesMoved).toBe(1);
    const moved = cmp.slides.filter((s) => s.moved);
    expect(moved.map((s) => [s.before?.index, s.after?.index, s.after?.id])).toEqual([[3, 1, 's4']]);
    expect(moved[0].text).toEqual([]);
    expect(comparisonReport(cmp)).toContain('slide 4 -> 2 "Recent events" (moved)');
  });

  it('shows a reworded bullet word by word', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    (v2.slides[2] as SlideOf<'bullets'>).bullets[1].text = 'Escort patrols tripled since the summer.';
    const cmp = compareDecks(v1, v2);
    const slide = cmp.slides.find((s) => s.after?.id === 's3')!;
    expect(slide.status).toBe('changed');
    expect(slide.text).toHaveLength(1);
    expect(slide.text[0]).toMatchObject({ field: 'bullets[1]', label: 'bullet 2', change: 'reworded' });
    expect(inlineDiffText(slide.text[0].runs!)).toBe('Escort patrols [-doubled-]{+tripled+} since the summer.');
    expect(comparisonReport(cmp)).toContain('~ bullet 2: Escort patrols [-doubled-]{+tripled+} since the summer.');
  });

  it('reports a judgment moved from likely to unlikely, with its confidence', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    bluf(v2).judgments[0].likelihood = 'unlikely';
    bluf(v2).judgments[0].confidence = 'low';
    const cmp = compareDecks(v1, v2);
    expect(cmp.judgments).toEqual([
      {
        slideId: 's2',
        slideTitle: 'Bottom line',
        field: 'judgments[0]',
        label: 'key judgment 1',
        text: 'Insurers will raise war-risk premiums this quarter.',
        from: { kind: 'judgment', likelihood: 'likely', confidence: 'moderate' },
        to: { kind: 'judgment', likelihood: 'unlikely', confidence: 'low' },
      },
    ]);
    expect(cmp.slides.find((s) => s.after?.id === 's2')!.text).toEqual([]);
    expect(comparisonReport(cmp)).toContain('! key judgment 1: likely, moderate confidence -> unlikely, low confidence: Insurers will raise');
  });

  it('reports a bullet that became a judgment, and a new source with its citation', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    v2.sources.push({ id: 'src-b', title: 'Insurance market note', authors: [], publisher: '', date: '2026-11', url: '' });
    const bullet = (v2.slides[2] as SlideOf<'bullets'>).bullets[0];
    bullet.kind = 'judgment';
    bullet.likelihood = 'likely';
    bullet.citations = [...(bullet.citations ?? []), { sourceId: 'src-b', paragraphs: [1, 2] }];
    const cmp = compareDecks(v1, v2);
    expect(cmp.sources).toEqual({ added: [{ id: 'src-b', title: 'Insurance market note' }], dropped: [] });
    expect(cmp.judgments.map((j) => [j.field, j.from, j.to])).toEqual([['bullets[0]', {}, { kind: 'judgment', likelihood: 'likely' }]]);
    const slide = cmp.slides.find((s) => s.after?.id === 's3')!;
    expect(slide.citations).toEqual([{ field: 'bullets[0]', label: 'bullet 1', change: 'added', sourceId: 'src-b', paragraphs: [1, 2] }]);
    expect(comparisonReport(cmp)).toContain('+ src-b: Insurance market note');
  });

  it('reports added and removed slides in place', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    v2.slides.splice(3, 1);
    v2.slides.splice(1, 0, { id: 'new1', layout: 'section', title: 'Context', subtitle: '', notes: '', citations: [], argumentIds: [], hidden: false });
    const cmp = compareDecks(v1, v2);
    expect(cmp.slides.map((s) => `${s.status}:${(s.after ?? s.before)!.id}`)).toEqual(['same:s1', 'added:new1', 'same:s2', 'same:s3', 'removed:s4', 'same:s5']);
    expect(cmp.summary).toMatchObject({ slidesAdded: 1, slidesRemoved: 1, slidesMoved: 0 });
  });

  it('matches the slides of a deck rebuilt with new ids by their content', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    v2.slides.forEach((s, i) => (s.id = `rebuilt-${i}`));
    (v2.slides[2] as SlideOf<'bullets'>).bullets[0].text = 'Tanker transits fell by a fifth in October.';
    bluf(v2).judgments[1].likelihood = 'unlikely';
    const cmp = compareDecks(v1, v2);
    expect(cmp.summary).toMatchObject({ slidesAdded: 0, slidesRemoved: 0, slidesMoved: 0, slidesChanged: 2, judgmentsMoved: 1 });
    expect(cmp.slides.every((s) => s.matchedBy === 'content')).toBe(true);
    expect(cmp.slides.map((s) => [s.before?.id, s.after?.id])).toEqual(v1.slides.map((s, i) => [s.id, `rebuilt-${i}`]));
    expect(cmp.judgments[0]).toMatchObject({ slideId: 'rebuilt-1', from: { likelihood: 'very unlikely' }, to: { likelihood: 'unlikely' } });
  });

  it('redlines each changed slide with deck text escaped, and leaves unchanged slides out', () => {
    const v1 = briefingV1();
    const v2 = copyDeck(v1);
    (v2.slides[2] as SlideOf<'bullets'>).bullets[1].text = 'Escort patrols <img src=x onerror=alert(1)> since the summer.';
    const html = redlineHtml(v1, v2, compareDecks(v1, v2), { before: 'v1', after: 'now' });
    expect(html).not.toContain('<img');
    expect(html).toContain('<del>doubled</del><ins>&lt;img src=x onerror=alert(1)&gt;</ins>');
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html).not.toContain('<script');
  });
});
