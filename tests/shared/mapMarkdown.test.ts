import { describe, expect, test } from 'vitest';
import { SlideSchema, type SlideOf } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { mapDeck, regionMapSlide } from './mapFixture';

describe('map slides in reveal.js Markdown', () => {
  test('a round trip keeps every field of the map, its alt text and its source line', () => {
    const deck = mapDeck();
    const md = deckToMarkdown(deck);
    expect(md).toContain('data-layout="map"');
    expect(md).toContain('Map: Map of the Middle East');
    const { deck: back, warnings } = markdownToDeck(md);
    expect(warnings).toEqual([]);
    expect(back).toEqual(deck);
  });

  test('a box extent, hostile text and newlines survive the round trip unchanged', () => {
    const evil = '"><script>window.__pwned=1</script> --> <!-- x';
    const slide = SlideSchema.parse(
      regionMapSlide({ alt: `two\nlines ${evil}`, sourceLine: evil, map: { extent: { west: 38, south: 36, east: 50, north: 44 }, highlights: [{ country: 'Armenia', role: evil, colour: 'green' }], points: [{ label: evil, lat: 40.1, lon: 44.5 }], lines: [], legend: false } }),
    );
    const deck = mapDeck({ slides: [slide] });
    const md = deckToMarkdown(deck);
    expect(md).not.toContain('<script>');
    const { deck: back } = markdownToDeck(md);
    expect(back.slides[0]).toEqual(deck.slides[0]);
    expect((back.slides[0] as SlideOf<'map'>).map.extent).toEqual({ west: 38, south: 36, east: 50, north: 44 });
  });

  test('a map slide without its data imports as the default map, with a warning', () => {
    const { deck, warnings } = markdownToDeck('<!-- .slide: data-layout="map" -->\n\n## A map\n\nMap: something');
    expect(deck.slides[0].layout).toBe('map');
    expect((deck.slides[0] as SlideOf<'map'>).map.extent).toBe('middle-east');
    expect(JSON.stringify(warnings)).toMatch(/without its map data/);
  });
});
