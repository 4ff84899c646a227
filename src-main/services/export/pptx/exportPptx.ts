import PptxGenJS from 'pptxgenjs';
import { addChangesLayout } from './pptxChangesLayout';
import { WHAT_CHANGED_LABELS } from '../../../../src-shared/versions/whatChanged';
import type { Deck, Slide } from '../../../../src-shared/deck';
import { inlineToPlainText } from '../../../../src-shared/markdown/inlineRuns';
import { deckBanner } from '../../../../src-shared/render/markup/classificationBanner';
import { buildEndnotes, type Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { labelsFor } from '../../../../src-shared/render/markup/labels';
import type { SlideChoice } from '../../../../src-shared/export';
import { addBackgroundImage } from './pptxBackground';
import { addChartLayout } from './pptxChartLayout';
import { addDrawnTimeline } from './pptxDrawnTimeline';
import { addBanners, addFooter, addPictureMark, addTitle, citationLabel } from './pptxChrome';
import { addSourcesLayout, addTableLayout, addTimelineLayout } from './pptxDataLayouts';
import { addMapLayout, rasterizeMaps, type MapPictures } from './pptxMapLayout';
import { finishPptxPackage } from './pptxPackage';
import { addPictureColumnsLayout, addPictureLayout } from './pptxPictures';
import { rasterizeSvgPictures } from './pptxSvgRaster';
import { BANNER_H, LAYOUT_NAME, SLIDE_H, SLIDE_W, lookFor, type PptxLook } from './pptxStyle';
import { brandedLook, defineBrandMaster } from './pptxBrand';
import { addBlufLayout, addBulletsLayout, addQuoteLayout, addSectionLayout, addTitleLayout, addTwoColumnLayout } from './pptxTextLayouts';


/**
 * Exports a deck as a PowerPoint file (.pptx, Office Open XML) with editable text, not pictures of slides: 16:9
 * (13.333×7.5 in), one PowerPoint slide per exported slide, titles, bullets with their indent levels (`lvl`), BLUF
 * key judgments with their likelihood and, on a line of its own, their ICD 203 confidence and basis; statement kind
 * labels and portion marks before every statement, two columns, real tables, quotes with attribution, timelines as text
 * and shapes, section and title slides, a sources slide with the endnotes of the citations used, speaker notes (the
 * banner as their first and last line),
 * the banner computed by `deckBanner` (top and bottom; TLP colours for a TLP deck), the authority block on the title slide, slide numbers and background images (contain or cover); pictures with their alt text, caption and source line (SVG drawn to PNG). Fonts are set by name (Noto Sans / Noto Serif;
 * Vazirmatn and right-to-left paragraphs for RTL decks). A deck's brand sets the colours, fonts and title-slide style,
 * and its logo goes on a slide master every slide uses (pptxBrand.ts), clear of the title, footer and banners.
 * Document properties: title, author, subject.
 * An audience copy has no speaker notes (not in the notes pages, nor anywhere else in the file) and no hidden slides,
 * whatever `includeHidden` says; included hidden slides are marked hidden in the file (PowerPoint skips them in a
 * slide show). Pure with respect to the file system: returns the bytes; the caller writes them (atomically).
 * @throws Error naming the slide when a background image cannot be read; Error if pptxgenjs fails.
 */
export async function exportPptx(deck: Deck, options: SlideChoice = {}): Promise<Uint8Array> {
  const audience = options.audience === true;
  const slides = await rasterizeSvgPictures(deck.slides.filter((s) => !s.hidden || (options.includeHidden === true && !audience)));
  const endnotes = buildEndnotes(slides, deck.sources);
  const look: PptxLook = brandedLook({ ...lookFor(deck), slideNumbers: new Map(slides.map((s, i) => [s.id, i + 1])) }, deck.brand);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: LAYOUT_NAME, width: SLIDE_W, height: SLIDE_H });
  pptx.layout = LAYOUT_NAME;
  pptx.rtlMode = look.rtl;
  pptx.title = inlineToPlainText(deck.title);
  pptx.author = deck.author;
  pptx.subject = deck.subtitle ? inlineToPlainText(deck.subtitle) : '';
  pptx.company = '';
  pptx.theme = { headFontFace: look.fonts.heading, bodyFontFace: look.fonts.body };
  const maps = await rasterizeMaps(slides, deck);
  const masterName = await defineBrandMaster(pptx, deck.brand, look);
  slides.forEach((s, i) => addSlide(pptx, s, i + 1, deck, endnotes, look, audience, maps, masterName));
  // Written uncompressed (jszip): finishPptxPackage re-zips the package with jszip and compresses it then, once.
  const raw = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return finishPptxPackage(raw, { stripNotes: audience, bulletColor: look.palette.accent });
}

/**
 * The title slide's look under the brand's title-slide style: `band` fills it with the accent colour and sets its
 * text in the colour that reads on it; `rule` draws an accent bar along its start edge between the banners.
 */
function titleSlideLook(slide: PptxGenJS.Slide, deck: Deck, look: PptxLook): PptxLook {
  const style = deck.brand?.titleSlide ?? 'plain';
  if (style === 'band') {
    slide.background = { color: look.palette.accent };
    const on = look.palette.onAccent;
    return { ...look, palette: { ...look.palette, text: on, heading: on, muted: on, accent: on } };
  }
  if (style === 'rule') slide.addShape('rect', { x: look.rtl ? SLIDE_W - 0.25 : 0, y: BANNER_H, w: 0.25, h: SLIDE_H - 2 * BANNER_H, fill: { color: look.palette.accent }, line: { color: look.palette.accent, width: 0 } });
  return look;
}

function addSlide(pptx: PptxGenJS, s: Slide, n: number, deck: Deck, endnotes: Endnotes, baseLook: PptxLook, audience: boolean, maps: MapPictures, masterName?: string): void {
  const slide = masterName ? pptx.addSlide({ masterName }) : pptx.addSlide();
  slide.background = { color: baseLook.palette.bg };
  const look = s.layout === 'title' ? titleSlideLook(slide, deck, baseLook) : baseLook;
  if (s.hidden) slide.hidden = true;
  if (s.background) addBackgroundImage(slide, s.background, n);
  addBanners(slide, deckBanner(deck), look);
  addPictureMark(slide, s, deck, look);
  switch (s.layout) {
    case 'title':
      addTitleLayout(slide, s, deck, look);
      break;
    case 'section':
      addSectionLayout(slide, s, look);
      break;
    default:
      addTitle(slide, s.title.trim() ? s.title : s.layout === 'sources' ? labelsFor(deck.language).sources : s.layout === 'changes' ? WHAT_CHANGED_LABELS.title : s.title, s.portionMarking, look);
      addBody(slide, s, n, deck, endnotes, look, maps);
  }
  addFooter(slide, s.layout === 'sources' ? '' : citationLabel(s.citations, endnotes), look);
  // The notes page prints the banner too (ICD 710 marks every page): its first and last line, around the notes.
  const banner = deckBanner(deck).text.trim();
  if (!audience && s.notes.trim()) slide.addNotes(banner ? `${banner}\n\n${s.notes}\n\n${banner}` : s.notes);
}

function addBody(slide: PptxGenJS.Slide, s: Slide, n: number, deck: Deck, endnotes: Endnotes, look: PptxLook, maps: MapPictures): void {
  switch (s.layout) {
    case 'bluf': return addBlufLayout(slide, s, deck, endnotes, look);
    case 'bullets': return addBulletsLayout(slide, s, endnotes, look);
    case 'two-column': return s.left.picture || s.right.picture ? addPictureColumnsLayout(slide, s, endnotes, look, n) : addTwoColumnLayout(slide, s, endnotes, look);
    case 'picture': return addPictureLayout(slide, s, look, n);
    case 'table': return addTableLayout(slide, s, look);
    case 'timeline': return s.style === 'drawn' ? addDrawnTimeline(slide, s, endnotes, look) : addTimelineLayout(slide, s, endnotes, look);
    case 'quote': return addQuoteLayout(slide, s, look);
    case 'sources': return addSourcesLayout(slide, deck, endnotes, look);
    case 'chart': return addChartLayout(slide, s, deck.theme, look);
    case 'map': return addMapLayout(slide, s, deck, look, maps);
    case 'changes': return addChangesLayout(slide, deck, look);
    default: return;
  }
}
