import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { convertLayout, newSlide } from '../../src-shared/commands';
import { DeckSchema, PictureSchema, slideFigures, type Deck, type SlideOf } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { renderDeckHtml } from '../../src-shared/render';
import { effectiveBanner } from '../../src-shared/tradecraft';
import { deckWith, findingKeys } from './tradecraftFixture';

const picturesDeck = (): Deck => DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/render/pictures.json', 'utf8')));
const dom = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the picture schema', () => {
  it('takes embedded PNG, JPEG, WebP, GIF and SVG data URLs and nothing that points at a file or the network', () => {
    expect(PictureSchema.safeParse({ src: PNG_1PX }).success).toBe(true);
    expect(PictureSchema.safeParse({ src: 'data:image/svg+xml;base64,PHN2Zy8+' }).success).toBe(true);
    for (const src of ['file:///etc/passwd.png', 'https://example.org/a.png', 'map.png', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml,<svg onload=x>']) {
      expect(PictureSchema.safeParse({ src }).success, src).toBe(false);
    }
  });

  it('gives a picture slide and a column picture their figure paths for the alt-text check', () => {
    const deck = picturesDeck();
    expect(deck.slides.flatMap((s) => slideFigures(s).map((f) => `${s.id}:${f.kind}:${f.field}`))).toEqual(['pic:picture:picture.alt', 'svg:picture:picture.alt', 'tcp:picture:left.picture.alt']);
    const blank = newSlide('picture', 'p1');
    expect(blank.picture).toBeUndefined();
    expect(slideFigures(blank)).toEqual([]);
    expect(slideFigures({ ...blank, picture: PictureSchema.parse({ src: PNG_1PX }) })).toEqual([{ kind: 'picture', field: 'picture.alt', alt: '' }]);
  });

  it('moves the picture between a picture slide and the left column of a two-column slide', () => {
    const slide = picturesDeck().slides[0] as SlideOf<'picture'>;
    const columns = convertLayout(slide, 'two-column') as SlideOf<'two-column'>;
    expect(columns.left.picture).toEqual(slide.picture);
    expect((convertLayout(columns, 'picture') as SlideOf<'picture'>).picture).toEqual(slide.picture);
  });

  it('keeps the caption as text when a picture slide becomes bullets', () => {
    const slide = picturesDeck().slides[0] as SlideOf<'picture'>;
    const bullets = convertLayout(slide, 'bullets') as SlideOf<'bullets'>;
    expect(bullets.bullets.map((b) => b.text)).toEqual(['The crossing *as drawn* for this fixture']);
    expect('picture' in bullets).toBe(false);
  });
});

describe('picture markup', () => {
  const doc = dom(renderDeckHtml(picturesDeck()));

  it('draws the picture as an <img> with its alt text, and the caption and source line as text', () => {
    const figure = doc.querySelector('[data-slide-id="pic"] figure.bd-picture.bd-fit-contain')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('src')?.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(img.getAttribute('alt')).toBe('A drawn landscape: hills under a blue sky, a low building at the centre.');
    expect(figure.querySelector('.bd-caption')?.textContent).toBe('(U) The crossing as drawn for this fixture');
    expect(figure.querySelector('.bd-caption em')?.textContent).toBe('as drawn');
    expect(figure.querySelector('.bd-source-line')?.textContent).toBe('Drawing: BriefDeck test fixture');
  });

  it('shows an SVG picture only through <img>, never as inline SVG, <object> or <embed>', () => {
    const section = doc.querySelector('[data-slide-id="svg"]')!;
    expect(section.querySelector('img')?.getAttribute('src')?.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(section.querySelectorAll('svg, object, embed, iframe')).toHaveLength(0);
  });

  it('puts a column picture above its column bullets', () => {
    const col = doc.querySelector('[data-slide-id="tcp"] .bd-col-left')!;
    expect([...col.children].map((c) => c.className)).toEqual(['bd-col-heading', 'bd-picture bd-fit-cover bd-col-picture', 'bd-bullets']);
    expect(doc.querySelector('[data-slide-id="tcp"] .bd-col-right figure')).toBeNull();
  });

  it('keeps hostile alt text, caption and source line inert', () => {
    const deck = picturesDeck();
    const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const slide = deck.slides[0] as SlideOf<'picture'>;
    const bad = { ...deck, slides: [{ ...slide, picture: { ...slide.picture!, alt: hostile, caption: hostile, sourceLine: hostile } }] };
    const d = dom(renderDeckHtml(bad));
    expect(d.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(d.querySelectorAll('img')).toHaveLength(1);
    expect(d.querySelector('img')?.getAttribute('alt')).toBe(hostile);
  });

  it('draws nothing for a src that is not an embedded picture (a deck edited by hand)', () => {
    const deck = picturesDeck();
    const slide = deck.slides[0] as SlideOf<'picture'>;
    const d = dom(renderDeckHtml({ ...deck, slides: [{ ...slide, picture: { ...slide.picture!, src: 'https://example.org/x.png' } }] }));
    expect(d.querySelectorAll('img')).toHaveLength(0);
    expect(d.querySelector('.bd-caption')?.textContent).toContain('The crossing');
  });
});

describe('pictures in Markdown', () => {
  it('round-trips every picture field, column pictures included', () => {
    const deck = picturesDeck();
    const md = deckToMarkdown(deck);
    expect(md).toContain('![A drawn landscape: hills under a blue sky, a low building at the centre.](data:image/jpeg;base64,');
    expect(md).toContain('\n\nThe crossing *as drawn* for this fixture\n\nDrawing: BriefDeck test fixture');
    const { deck: back, warnings } = markdownToDeck(md);
    expect(warnings).toEqual([]);
    expect(back).toEqual(deck);
  });

  it('warns and leaves out a picture whose fields fail the schema', () => {
    const md = '<!-- .slide: data-layout="picture" data-picture="{&quot;alt&quot;:&quot;x&quot;}" -->\n\n## P\n\n![x](https://example.org/x.png)\n';
    const { deck, warnings } = markdownToDeck(md);
    expect((deck.slides[0] as SlideOf<'picture'>).picture).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      'image "x" (https://example.org/x.png) was not imported: its Markdown reference is kept as text',
      'the picture was not imported: picture must be an embedded data:image/png, jpeg, webp, gif or svg+xml base64 URL',
    ]);
  });
});

describe('pictures as portions of a marked deck', () => {
  const marking = { marking: { scheme: 'capco' as const, authority: { classifiedBy: 'A. Analyst', derivedFrom: 'Training guide', declassifyOn: '20330101' } } };
  const png = { src: PNG_1PX, alt: 'A dot.', caption: 'A dot' };

  it('finds an unmarked picture, in a picture slide and in a column, by its field', () => {
    const deck = deckWith(
      [
        { id: 'p', layout: 'picture', title: 'Pic', portionMarking: '(U)', picture: png },
        { id: 'c', layout: 'two-column', title: 'Cols', portionMarking: '(U)', left: { heading: '', bullets: [], picture: png }, right: { heading: '', bullets: [], picture: { ...png, portionMarking: '(U)' } } },
      ],
      marking,
    );
    expect(findingKeys(deck).filter((k) => k.startsWith('portion-'))).toEqual(['portion-unmarked@0:picture', 'portion-unmarked@1:left.picture']);
  });

  it('takes a marked picture as a portion of the banner', () => {
    const deck = deckWith([{ id: 'p', layout: 'picture', title: 'Pic', portionMarking: '(U)', picture: { ...png, portionMarking: '(S)' } }], marking);
    expect(effectiveBanner(deck).text).toMatch(/^SECRET/);
  });
});
