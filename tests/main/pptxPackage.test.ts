// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { singleParagraphProperties } from '../../src-main/services/export/pptx/pptxPackage';
import { readPptx } from './pptxPackageReader';

const sample = () => DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));

describe('the .pptx package', () => {
  it('keeps one <a:pPr>, first, in each paragraph (pptxgenjs writes one per run)', () => {
    const xml = '<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r><a:br/><a:pPr/><a:r><a:t>c</a:t></a:r></a:p>';
    expect(singleParagraphProperties(xml)).toBe('<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r><a:br/><a:r><a:t>c</a:t></a:r></a:p>');
  });

  it('is well-formed XML throughout, with no stray paragraph properties, no phantom parts and complete backgrounds', async () => {
    for (const options of [{}, { audience: true }, { includeHidden: true }]) {
      const pptx = await readPptx(await exportPptx(sample(), options));
      for (const [name, text] of Object.entries(pptx.files)) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
        for (const p of [...text.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]) {
          const count = (p[1].match(/<a:pPr\b/g) ?? []).length;
          expect(count <= 1 && (count === 0 || p[1].startsWith('<a:pPr')), `${name}: ${p[0].slice(0, 120)}`).toBe(true);
        }
        for (const bg of text.match(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g) ?? []) expect(bg, name).toContain('<a:effectLst/>');
      }
      for (const m of pptx.files['[Content_Types].xml'].matchAll(/PartName="\/([^"]+)"/g)) expect(pptx.files[m[1]], m[1]).toBeDefined();
      for (const [i, rels] of pptx.slideRels.entries()) {
        for (const m of rels.matchAll(/Target="\.\.\/([^"]+)"/g)) expect(pptx.files[`ppt/${m[1]}`], `slide ${i + 1} -> ${m[1]}`).toBeDefined();
      }
    }
  });
});
