import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck, type SlideOf } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { convertWithLibreOffice, hasLibreOffice, readPptx, xmlText } from './pptxPackageReader';
import JSZip from 'jszip';

const picturesDeck = (over: Partial<Deck> = {}): Deck => ({ ...DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/render/pictures.json', 'utf8'))), ...over });

describe('exportPptx: pictures', () => {
  it('places each picture with its alt text as the description, and its caption and source line as text', async () => {
    const deck = picturesDeck();
    const pptx = await readPptx(await exportPptx(deck));
    const [pic, svg, columns] = pptx.slides;
    const alt = (deck.slides[0] as SlideOf<'picture'>).picture!.alt;
    expect(pic).toContain(`descr="${alt}"`);
    expect(xmlText(pic)).toContain('(U) The crossing as drawn for this fixture');
    expect(xmlText(pic)).toContain('Drawing: BriefDeck test fixture');
    expect(svg).toContain('descr="Diagram: an arrow from Ankara to Tehran labelled Gaza stance."');
    expect(xmlText(svg)).toContain('A vector diagram stays vector');
    expect(columns).toContain('descr="The same drawn landscape, smaller."');
    expect(xmlText(columns)).toContain('Political office hosted');
    expect(xmlText(columns)).toContain('Rhetorical escalation');
  });

  it('draws an SVG picture to a PNG for PowerPoint, and stores no SVG in the file', async () => {
    const zip = await JSZip.loadAsync(await exportPptx(picturesDeck()));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
    expect(media.some((n) => n.endsWith('.svg'))).toBe(false);
    const pngs = media.filter((n) => n.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    const meta = await sharp(await zip.files[pngs[0]].async('nodebuffer')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1707, 960]);
  });

  it('refuses to export a hand-edited deck whose SVG picture has a script, naming the slide', async () => {
    const deck = picturesDeck();
    const svgSlide = deck.slides[1] as SlideOf<'picture'>;
    const bad = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>').toString('base64');
    const slides = [deck.slides[0], { ...svgSlide, picture: { ...svgSlide.picture!, src: `data:image/svg+xml;base64,${bad}` } }];
    await expect(exportPptx({ ...deck, slides })).rejects.toThrow('slide 2: its SVG picture was refused: it has a <script> element');
  });

  it.skipIf(!hasLibreOffice())('opens in LibreOffice with the pictures and their captions, light and Persian dark', async () => {
    for (const [name, over] of [['pictures-light', {}], ['pictures-fa-dark', { language: 'fa', direction: 'rtl', theme: 'briefing-dark' }]] as const) {
      const { pages, text } = convertWithLibreOffice(await exportPptx(picturesDeck(over as Partial<Deck>)), name);
      expect(pages).toBe(3);
      expect(text).toContain('A vector diagram stays vector');
      expect(text).toContain('Drawing: BriefDeck test fixture');
    }
  }, 240_000);
});
