import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SlideOf } from '../../src-shared/deck';
import { markdownToDeck } from '../../src-shared/markdown';

const fixture = (name: string): string => readFileSync(`tests/fixtures/markdown/dialects/${name}`, 'utf8');
const messages = (warnings: { slide?: number; message: string }[]): string[] => warnings.map((w) => (w.slide !== undefined ? `slide ${w.slide}: ${w.message}` : w.message));

describe('reveal.js Markdown', () => {
  it('a file in the shape of reveal.js examples/markdown.md (blank-line separators) is one slide per section, notes on their own slide', () => {
    const { deck, warnings, dialect } = markdownToDeck(fixture('reveal-blank-lines.md'));
    expect(dialect).toBe('reveal');
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Black Sea Shipping Outlook', 'Grain corridor 1.1', 'Grain corridor 1.2', 'Naval posture',
      'Scenarios 3.1', 'Scenarios 3.2', 'Scenarios 3.3 (Map)', 'Scenarios 3.4 (Formula)',
    ]);
    expect(deck.slides[1].notes).toBe('Only say this if the desk has the port figures.');
    expect(deck.slides.filter((s) => s.notes !== '')).toHaveLength(1);
    expect((deck.slides[2] as SlideOf<'bullets'>).bullets.map((b) => b.text)).toEqual(['Insurance premiums remain three times higher.']);
    expect(messages(warnings)).toEqual(['slide 7: image "Corridor map" (images/corridor.png) was not imported: its Markdown reference is kept as text']);
  });

  it('--- and -- separators, Note: and data-notes, fragments; says which attributes, HTML and comments were not kept', () => {
    const { deck, warnings } = markdownToDeck(fixture('reveal-separators.md'));
    expect(deck.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'Sahel Security Update'], ['bullets', 'Key developments'], ['bullets', 'Humanitarian picture'], ['bullets', 'Humanitarian: detail'], ['bullets', 'Outlook'],
    ]);
    expect(deck.slides.map((s) => s.notes)).toEqual(['Open with the map; keep it under a minute.', '', 'Ask the regional desk to confirm numbers.', 'Vertical slide, skip if short on time.', '']);
    expect((deck.slides[1] as SlideOf<'bullets'>).bullets.map((b) => b.fragment)).toEqual([false, true, true]);
    expect(messages(warnings)).toEqual([
      'slide 1: the reveal.js slide attribute data-background-color is not kept (BriefDeck themes set how slides look)',
      'slide 2: fragment styles (fade-up) are shown as plain fragments',
      'slide 3: the reveal.js slide attribute data-transition is not kept (BriefDeck themes set how slides look)',
      'slide 5: raw HTML (such as <div class="r-stack">) is kept as literal text',
      'slide 5: an HTML comment that is not a note was not imported ("check the last figure with the analyst")',
    ]);
  });

  it('uses the separators it is given, as reveal.js data-separator / data-separator-vertical / data-separator-notes', () => {
    const md = '# One\n\n***\n\n## Two\n\n+++\n\n## Three\n\nSpeaker: say three';
    const { deck } = markdownToDeck(md, { separator: '^\\*\\*\\*$', verticalSeparator: '^\\+\\+\\+$', notesSeparator: '^speaker:' });
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two', 'Three']);
    expect(deck.slides[2].notes).toBe('say three');
    expect(() => markdownToDeck(md, { separator: '(' })).toThrow(/separator "\(" is not a valid regular expression/);
  });

  it('reads reveal-md front matter: its separators split the file, keys BriefDeck has no place for are named', () => {
    const md = '---\ntitle: Ports\nseparator: <!--s-->\nverticalSeparator: <!--v-->\nrevealOptions:\n  transition: fade\n---\n\n# Ports\n\n<!--s-->\n\n## One\n\nNote: first\n\n<!--v-->\n\n## Two';
    const { deck, warnings, dialect } = markdownToDeck(md);
    expect(dialect).toBe('reveal');
    expect(deck.slides.map((s) => [s.title, s.notes])).toEqual([['Ports', ''], ['One', 'first'], ['Two', '']]);
    expect(messages(warnings)).toEqual(['the front matter key "revealOptions" is not used by BriefDeck and was not imported']);
  });

  it('one warning per kind of thing, naming all its slides', () => {
    const md = ['<!-- .slide: data-transition="fade" -->\n## A', '<!-- .slide: data-transition="zoom" -->\n## B', '## C', '<!-- .slide: data-transition="none" -->\n## D'].join('\n\n---\n\n');
    expect(messages(markdownToDeck(md).warnings)).toEqual(['slides 1, 2, 4: the reveal.js slide attribute data-transition is not kept (BriefDeck themes set how slides look)']);
  });
});

describe('Slidev', () => {
  it('headmatter becomes deck settings, not a slide; per-slide front matter maps layouts; last comments are notes', () => {
    const { deck, warnings, dialect } = markdownToDeck(fixture('slidev-starter.md'));
    expect(dialect).toBe('slidev');
    expect(deck.title).toBe('Arctic Shipping Routes');
    expect(deck.slides.map((s) => [s.layout, s.title, s.hidden])).toEqual([
      ['title', 'Arctic Shipping Routes', false],
      ['bullets', 'What is changing?', false],
      ['section', 'Three questions for the desk', false],
      ['two-column', 'Who gains', false],
      ['quote', '', false],
      ['section', 'Ports and bases', false],
      ['table', 'Backup: tonnage table', true],
    ]);
    const text = JSON.stringify(deck.slides);
    for (const leaked of ['seriph', 'drawings', 'persist', 'slide-left', 'fade-out', 'layout:', 'Prepared for the polar']) expect(text).not.toContain(leaked);
    expect(deck.slides[0].notes).toBe('Welcome the group. Mention that the figures are from the last season.');
    expect(deck.slides[1].notes).toBe('Pause after the second bullet.\n\nThen take questions on the tankers.');
    const cols = deck.slides[3] as SlideOf<'two-column'>;
    expect([cols.left.bullets.map((b) => b.text), cols.right.bullets.map((b) => b.text)]).toEqual([
      ['Shorter Asia to Europe voyages', 'Coastal ports in the north'],
      ['Insurers price higher risk', 'Navies add patrols'],
    ]);
    expect((deck.slides[4] as SlideOf<'quote'>).quote).toBe('The Arctic is no longer a frozen frontier but an open sea lane.');
    expect(messages(warnings)).toEqual([
      'the Slidev settings "info", "class", "drawings", "transition", "mdc" are not used by BriefDeck and were not imported',
      'slide 2: the Slidev slide option "transition" is not used by BriefDeck and was not imported',
      'slide 2: raw HTML (such as <div v-click>) is kept as literal text',
      'slide 6: the Slidev layout "image-right" has no BriefDeck equivalent; the layout was guessed from the content',
      'slide 6: the Slidev slide option "image" is not used by BriefDeck and was not imported',
      'the theme "seriph" is not known; "briefing-light" was used',
    ]);
  });

  it('a layout the content does not fit is guessed, with a warning; a --- inside a code block is code', () => {
    const md = '---\ntitle: T\ntheme: default\n---\n\n# T\n\n---\nlayout: center\n---\n\n# Many\n\n- a\n- b\n\n---\n\n```yaml\n---\nkey: value\n---\n```';
    const { deck, warnings } = markdownToDeck(md);
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'bullets', 'bullets']);
    expect((deck.slides[2] as SlideOf<'bullets'>).bullets.map((b) => b.text)).toEqual(['---', 'key: value', '---']);
    expect(messages(warnings)).toContain('slide 2: the Slidev layout "center" does not fit this content; the layout was guessed from the content');
  });

  it('a list in <v-clicks> becomes build steps, one per item, and the tags are not bullets', () => {
    const md = '---\ntitle: T\n---\n\n# T\n\n---\n\n# Steps\n\nFirst, always shown:\n\n- shown\n\n<v-clicks>\n\n- one\n- two\n  - two, nested\n\n</v-clicks>\n';
    const { deck, warnings } = markdownToDeck(md);
    const bullets = (deck.slides[1] as SlideOf<'bullets'>).bullets;
    expect(bullets.map((b) => [b.text, b.fragment])).toEqual([['First, always shown:', false], ['shown', false], ['one', true], ['two', true], ['two, nested', true]]);
    expect(messages(warnings).filter((w) => /v-clicks/.test(w))).toEqual([]);
  });
});

describe('Marp', () => {
  it('front matter and directives are read, not shown; other comments are notes; what has no place is named', () => {
    const { deck, warnings, dialect } = markdownToDeck(fixture('marp-deck.md'));
    expect(dialect).toBe('marp');
    expect(deck.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'Red Sea Transit Risk'], ['bullets', 'Attacks on shipping'], ['bullets', 'Naval response'], ['section', 'Questions'],
    ]);
    expect(deck.slides.map((s) => s.notes)).toEqual(['Start with the shipping numbers; the chart comes later.', 'Stress that the rerouting cost is the headline.', '', '']);
    const text = JSON.stringify(deck.slides);
    for (const leaked of ['marp', 'paginate', '_class', 'backgroundColor', 'Horn of Africa brief']) expect(text).not.toContain(leaked);
    expect(messages(warnings)).toEqual([
      'slide 3: image "bg right" (images/frigate.jpg) was not imported: its Markdown reference is kept as text',
      'the Marp directive "paginate: true" was not imported: BriefDeck decides where page numbers show',
      'the Marp header "Horn of Africa brief" is not shown: BriefDeck slides have no running header',
      'the Marp footer "Unclassified, for discussion" is not shown: BriefDeck slides have no running footer',
      'slide 3: the Marp directive "paginate: false" was not imported: BriefDeck decides where page numbers show',
      'slide 3: the Marp directive "backgroundColor" is not used by BriefDeck and was not imported',
      'slide 4: the Marp class "invert" is not used by BriefDeck',
      'the theme "gaia" is not known; "briefing-light" was used',
    ]);
  });

  it('headingDivider splits before headings; lang and author become deck settings', () => {
    const md = '---\nmarp: true\nheadingDivider: 2\nlang: fa\nauthor: Desk\n---\n\n# یک\n\n## <!-- fit --> دو\n\nمتن\n\n### سه stays\n\n## چهار';
    const { deck, warnings } = markdownToDeck(md);
    expect(deck.slides.map((s) => s.title)).toEqual(['یک', 'دو', 'چهار']);
    expect(messages(warnings)).toEqual(["slide 2: Marp fitting headings (<!-- fit -->) are shown at the theme's size"]);
    expect([deck.language, deck.author]).toEqual(['fa', 'Desk']);
  });
});

describe('input built to be slow', () => {
  it('unclosed comments, unmatched backtick runs, open fences and a long front matter import in linear time', () => {
    const backticks = Array.from({ length: 1500 }, (_, i) => '`'.repeat(i + 1)).join(' x ');
    const front = `---\nmarp: true\nstyle: |\n${'  .a { color: red }\n'.repeat(200_000)}---\n\n`;
    for (const md of [
      `## A\n\n${'<!-- '.repeat(200_000)}`,
      `## B\n\n${backticks} <b>`,
      `## C\n\n${'```a\n'.repeat(100_000)}`,
      `${front}# D\n\n<!-- ${'<!--'.repeat(100_000)}`,
    ]) {
      const { deck } = markdownToDeck(md);
      expect(deck.slides.length).toBeGreaterThan(0);
    }
  }, 20_000);
});
