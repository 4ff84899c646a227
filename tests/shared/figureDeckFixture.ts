import { deflateSync } from 'node:zlib';
import { parseDeck, type Deck } from '../../src-shared/deck';
import { loadSmallDeck } from './deckFixture';

/** A 4×4 px PNG as a data URL (one red, green, blue, white quadrant each), written by hand: no binary fixture. */
export function tinyPngDataUrl(): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Buffer) => { const t = Buffer.concat([Buffer.from(type, 'latin1'), data]); const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(t)); return Buffer.concat([len, t, sum]); };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0); header.writeUInt32BE(4, 4); header[8] = 8; header[9] = 2;
  const colour = (x: number, y: number) => (y < 2 ? (x < 2 ? [220, 40, 40] : [40, 160, 60]) : x < 2 ? [40, 60, 200] : [255, 255, 255]);
  const raw = Buffer.concat(Array.from({ length: 4 }, (_, y) => Buffer.from([0, ...Array.from({ length: 4 }, (_, x) => colour(x, y)).flat()])));
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Alt texts of the figure deck's picture, chart and map, as the tests look for them. */
export const FIGURE_ALT = {
  picture: 'Four coloured squares standing for the four border crossings',
  chart: 'Bar chart: trade rose from 10 to 14 billion dollars between 2021 and 2023',
  map: 'Locator map of Turkey and Iran with the border between them',
} as const;

/**
 * The small deck (tests/fixtures/decks/small.briefdeck) with a picture slide, a chart slide and a map slide after
 * its five slides, each with its alt text (`FIGURE_ALT`), in `language` (default the deck's "en"). Throws if it
 * does not parse.
 */
export function loadFigureDeck(language?: string): Deck {
  const base = structuredClone(loadSmallDeck());
  const slide = (id: string, layout: string, title: string, extra: object) => ({ id, layout, title, notes: `Speaker notes for ${title}.`, citations: [], argumentIds: [], hidden: false, ...extra });
  const json = {
    ...base,
    language: language ?? base.language,
    direction: language === 'fa' ? 'rtl' : base.direction,
    slides: [
      ...base.slides,
      slide('s-picture', 'picture', 'Crossings at a glance', { picture: { src: tinyPngDataUrl(), alt: FIGURE_ALT.picture, caption: 'The four crossings', width: 4, height: 4 } }),
      slide('s-chart', 'chart', 'Trade by year', { chartType: 'bar', columns: ['Year', 'Trade (bn USD)'], rows: [['2021', '10'], ['2022', '12'], ['2023', '14']], alt: FIGURE_ALT.chart }),
      slide('s-map', 'map', 'Where the border runs', { map: { extent: 'middle-east', highlights: [{ country: 'Turkey', role: 'Actor' }, { country: 'Iran', role: 'Actor' }], points: [], lines: [], legend: true }, alt: FIGURE_ALT.map }),
    ],
  };
  const r = parseDeck(Buffer.from(JSON.stringify(json)));
  if (!r.ok) throw new Error(r.error.message);
  return r.deck;
}
