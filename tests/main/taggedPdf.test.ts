import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveExportOptions, type ExportOptionsInput } from '../../src-shared/export';
import { planPdfPages } from '../../src-shared/print';
import { runPdfExport } from '../../src-main/services/export/pdf/runPdfExport';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { FIGURE_ALT, loadFigureDeck } from '../shared/figureDeckFixture';
import { artifactDir } from './exportTestKit';

/** A node of pdf.js's structure tree (`page.getStructTree()`): a tag with children, or a marked-content leaf. */
interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** One page as a screen reader gets it: the structure tree's tags in order, with each tag's text and alt text. */
interface PageTags {
  roles: string[];
  text: (role: string) => string[];
  alts: string[];
  /** All the tagged text of the page, in reading order. */
  all: string;
}

async function readTags(pdf: Uint8Array, pageIndex: number): Promise<{ lang: string | undefined; page: PageTags }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const info = (await doc.getMetadata()).info as { Language?: string };
    const page = await doc.getPage(pageIndex + 1);
    const tree = (await page.getStructTree()) as StructNode;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    let current: string | undefined;
    for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps') current = item.id;
      else if (item.type === 'endMarkedContent') current = undefined;
      else if (item.str !== undefined && current) byId.set(current, (byId.get(current) ?? '') + item.str);
    }
    const roles: string[] = [];
    const alts: string[] = [];
    const texts = new Map<string, string[]>();
    const textOf = (n: StructNode): string => (n.type === 'content' ? (byId.get(n.id ?? '') ?? '') : (n.children ?? []).map(textOf).join(''));
    const walk = (n: StructNode) => {
      if (n.role) {
        roles.push(n.role);
        texts.set(n.role, [...(texts.get(n.role) ?? []), textOf(n).replace(/\s+/g, ' ').trim()]);
        if (n.alt) alts.push(n.alt);
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(tree);
    return { lang: info.Language, page: { roles, alts, text: (role) => texts.get(role) ?? [], all: textOf(tree) } };
  } finally {
    await doc.destroy();
  }
}

/** The 0-based index of the first page of the plan that shows deck slide `slide`. */
function pageOf(options: ExportOptionsInput, slide: number, language?: string): number {
  return planPdfPages(loadFigureDeck(language), resolveExportOptions({ ...options, format: 'pdf' })).findIndex((p) =>
    p.kind === 'handout' ? p.cells.some((c) => c.slide === slide) : p.slide === slide,
  );
}

const printer = new ChromiumPrinter();
let dir: string;
beforeAll(() => {
  dir = artifactDir('tagged-pdf');
});
afterAll(() => printer.close());

describe('the PDF is tagged in every layout', () => {
  const BLUF = 1;
  const PICTURE = 5;
  const CHART = 6;
  const MAP = 7;
  // Printed in one call, and in chunks of 3 pages merged with pdf-lib (the BLUF and the figures in different chunks).
  const layouts: [string, ExportOptionsInput, number | undefined][] = [
    ['slides', {}, undefined],
    ['notes', { pdfLayout: 'notes' }, undefined],
    ['handout', { pdfLayout: 'handout', handoutPerPage: 1 }, undefined],
    ['slides in chunks', {}, 3],
    ['notes in chunks', { pdfLayout: 'notes' }, 3],
  ];
  test.each(layouts)('%s: headings, lists, figures with their alt text, the banner once, /Lang, Tagged: yes', async (name, input, forceChunkPages) => {
    const deck = loadFigureDeck();
    const result = await runPdfExport(deck, resolveExportOptions({ ...input, format: 'pdf' }), printer, { forceChunkPages });
    const { pdf } = result;
    if (forceChunkPages) {
      expect(result.chunks).toBeGreaterThanOrEqual(3);
      expect(result.merge?.tagged).toBe(true);
    }
    const file = join(dir, `${name.replaceAll(' ', '-')}.pdf`);
    writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);

    const { lang, page: bluf } = await readTags(pdf, pageOf(input, BLUF));
    expect(lang).toBe('en');
    expect(bluf.text('H2')).toContain('Bottom line up front');
    expect(bluf.roles).toEqual(expect.arrayContaining(['L', 'LI']));
    expect(bluf.text('LI').some((t) => t.includes('A durable Turkish–Iranian alliance is unlikely.'))).toBe(true);
    // The classification banner (top and bottom of the slide) is read once, the bottom copy left out of the tags;
    // the reading order follows the slide: the banner, the title, then the judgments.
    expect(bluf.all.split('UNCLASSIFIED // FOR TRAINING')).toHaveLength(2);
    expect(bluf.all.indexOf('UNCLASSIFIED')).toBeLessThan(bluf.all.indexOf('Bottom line up front'));
    expect(bluf.all.indexOf('Bottom line up front')).toBeLessThan(bluf.all.indexOf('A durable Turkish–Iranian alliance'));

    for (const [slide, alt] of [[PICTURE, FIGURE_ALT.picture], [CHART, FIGURE_ALT.chart], [MAP, FIGURE_ALT.map]] as const) {
      const { page } = await readTags(pdf, pageOf(input, slide));
      expect(page.roles, `figure of slide ${slide + 1}`).toContain('Figure');
      expect(page.alts).toContain(alt);
    }
  }, 180_000);

  test('the document language comes from the deck: /Lang tr and fa', async () => {
    for (const language of ['tr', 'fa']) {
      const { pdf } = await runPdfExport(loadFigureDeck(language), resolveExportOptions({ format: 'pdf', pdfLayout: 'notes' }), printer);
      expect((await readTags(pdf, 0)).lang).toBe(language);
    }
  }, 120_000);
});
