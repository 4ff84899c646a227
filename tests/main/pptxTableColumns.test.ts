import { describe, expect, it } from 'vitest';
import { setColumnWidths } from '../../src-shared/commands';
import { DeckSchema, SCHEMA_VERSION, type Deck } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { readPptx } from './pptxPackageReader';

const deck = (): Deck =>
  DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title: 'T', slides: [{ id: 't', layout: 'table', title: 'Compared', columns: ['Issue', 'Turkey', 'Iran'], rows: [['Hamas', 'Political', 'Military']] }] });

describe('table column widths in PPTX', () => {
  it('give the table grid the set shares, right to left in an RTL deck', async () => {
    const grid = async (d: Deck) => {
      const xml = (await readPptx(await exportPptx(d))).slides[0];
      return [...xml.matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1]));
    };
    const set = setColumnWidths.perform(deck(), { slideId: 't', widths: [20, 40, 40] });
    const ltr = await grid(set);
    expect(ltr).toHaveLength(3);
    expect(ltr[1] / ltr[0]).toBeCloseTo(2, 1);
    expect(ltr[2]).toBe(ltr[1]);
    const rtl = await grid({ ...set, direction: 'rtl', language: 'fa' });
    expect(rtl[0] / rtl[2]).toBeCloseTo(2, 1);
  });
});
