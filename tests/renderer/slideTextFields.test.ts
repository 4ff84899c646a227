import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck, type Slide } from '../../src-shared/deck';
import { createSlideRenderer } from '../../src-shared/render';
import { PREVIEW_RENDER_OPTIONS } from '../../src-renderer/preview/incrementalSections';
import { FRAME_RENDER_OPTIONS } from '../../src-renderer/slideFrame/useFrameSections';
import { indentCall, setFieldTextCall, slideTextField, splitBulletCalls, type FieldCall } from '../../src-renderer/onSlide/slideTextFields';
import { parseFrameMessage, parseParentMessage } from '../../src-renderer/slideFrame/protocol';

/** Every layout, from the Markdown export's sample deck. */
const deck: Deck = DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));
const apply = (d: Deck, c: FieldCall): Deck => c.command.perform(d, c.args as never);
const slideOf = (d: Deck, id: string): Slide => d.slides.find((s) => s.id === id)!;
const pathsIn = (html: string): string[] => [...html.matchAll(/data-bd-field="([^"]*)"/g)].map((m) => m[1]);

describe('editing on the slide: the preview marks each text, the editor edits exactly that text', () => {
  const sections = createSlideRenderer(deck, PREVIEW_RENDER_OPTIONS).sections();

  it('marks only the preview: exports and presenting carry no field paths', () => {
    expect(createSlideRenderer(deck, FRAME_RENDER_OPTIONS).sections().some((s) => s.includes('data-bd-field'))).toBe(false);
    const marked = sections.flatMap(pathsIn);
    for (const path of ['title', 'subtitle', 'bluf', 'judgments.0.text', 'bullets.0.text', 'left.heading', 'right.bullets.0.text', 'columns.0', 'rows.0.1', 'caption', 'entries.0.date', 'entries.0.event', 'quote', 'attribution']) {
      expect(marked).toContain(path);
    }
  });

  it('every marked text of every slide is a field of that slide, and typing sets it through the form’s command', () => {
    deck.slides.forEach((slide, i) => {
      for (const path of pathsIn(sections[i])) {
        const field = slideTextField(slide, path);
        expect(field, `${slide.layout} ${path}`).not.toBeNull();
        const call = setFieldTextCall(slide, field!, 'Typed <img src=x onerror=alert(1)>');
        expect(call.mergeKey).toMatch(new RegExp(`^slide:${slide.id}:`));
        const after = apply(deck, call);
        expect(slideTextField(slideOf(after, slide.id), path)!.value).toBe('Typed <img src=x onerror=alert(1)>');
        // Only that slide changed.
        expect(after.slides.filter((s, k) => s !== deck.slides[k]).map((s) => s.id)).toEqual([slide.id]);
      }
    });
  });

  it('refuses paths the slide does not have: out of range, another layout’s, forged', () => {
    const bullets = deck.slides.find((s) => s.layout === 'bullets')!;
    const n = bullets.layout === 'bullets' ? bullets.bullets.length : 0;
    for (const bad of [`bullets.${n}.text`, 'bullets.-1.text', 'bullets.01.text', 'bullets.0', 'bullets.0.text.x', 'quote', 'rows.0.0', '__proto__', 'constructor', 'bullets.__proto__.text', 'notes', 'portionMarking', 'x'.repeat(61)]) {
      expect(slideTextField(bullets, bad), bad).toBeNull();
    }
  });

  it('Enter splits a bullet at the caret and Tab indents it, as in PowerPoint', () => {
    const slide = deck.slides.find((s) => s.layout === 'bullets')!;
    const field = slideTextField(slide, 'bullets.0.text')!;
    const split = splitBulletCalls(slide, field, 'Ankara hosts', 6)!;
    expect(split.next).toBe('bullets.1.text');
    const after = split.calls.reduce(apply, deck);
    const texts = (slideOf(after, slide.id) as Extract<Slide, { layout: 'bullets' }>).bullets.map((b) => b.text);
    expect(texts.slice(0, 2)).toEqual(['Ankara', ' hosts']);
    const indented = apply(after, indentCall(slideOf(after, slide.id), slideTextField(slideOf(after, slide.id), 'bullets.1.text')!, false)!);
    expect((slideOf(indented, slide.id) as Extract<Slide, { layout: 'bullets' }>).bullets[1].level).toBe(1);
  });
});

describe('the frame’s field messages', () => {
  const look = { fontPx: 20, lineHeightPx: 26, fontFamily: '"Noto Sans", sans-serif', fontWeight: '400', fontStyle: 'normal', color: 'rgb(29, 36, 48)', background: 'rgb(255, 255, 255)', textAlign: 'start' };
  const field = { type: 'field', reason: 'click', slideId: 's-1', path: 'bullets.2.text', box: { x: 10, y: 20, width: 300, height: 40 }, look };

  it('accepts a field message and the edit message, with only the protocol’s fields', () => {
    expect(parseFrameMessage({ ...field, extra: 'dropped' })).toEqual(field);
    expect(parseParentMessage({ type: 'edit', path: 'rows.1.0' })).toEqual({ type: 'edit', path: 'rows.1.0' });
    expect(parseParentMessage({ type: 'edit', path: null })).toEqual({ type: 'edit', path: null });
  });

  it('refuses bad paths and boxes; a style value that fails its check falls back to a plain one', () => {
    for (const bad of [{ ...field, path: 'bullets.2.text"><img>' }, { ...field, path: 'Bullets' }, { ...field, box: { ...field.box, x: Infinity } }, { ...field, reason: 'hover' }, { ...field, look: { ...look, fontPx: 'big' } }]) {
      expect(parseFrameMessage(bad)).toBeNull();
    }
    expect(parseParentMessage({ type: 'edit', path: 'a.b.c.d.e' })).toBeNull();
    const odd = parseFrameMessage({ ...field, look: { ...look, color: 'red;background:url(https://x.example/)', fontFamily: 'x;}' } });
    expect(odd && odd.type === 'field' ? [odd.look.color, odd.look.fontFamily] : null).toEqual(['rgb(0, 0, 0)', 'inherit']);
  });
});
