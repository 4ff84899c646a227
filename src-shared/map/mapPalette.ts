import type { MapColour, ThemeId } from '../deck';

/**
 * The map colours of one theme, as hex values written into the SVG (the PPTX rasterizer reads the same SVG, so no
 * CSS variable can stand in for them). Highlight fills are mid-tones, so that a point label with its halo reads on
 * every fill; the land, water and border tones follow the theme's tint and rule colours (render/themes/themeCss.ts).
 */
export interface MapPalette {
  water: string;
  land: string;
  border: string;
  text: string;
  halo: string;
  line: string;
  muted: string;
  highlight: Record<MapColour, string>;
}

const PALETTES: Record<ThemeId, MapPalette> = {
  'briefing-light': {
    water: '#eef3f8',
    land: '#dfe3e8',
    border: '#ffffff',
    text: '#1b1f24',
    halo: '#ffffff',
    line: '#12263f',
    muted: '#596372',
    highlight: { accent: '#6a9bcc', red: '#d9746a', orange: '#e3a44a', green: '#77ad6e', purple: '#a58bc9', teal: '#5aaea3' },
  },
  'briefing-dark': {
    water: '#16202c',
    land: '#2c3746',
    border: '#121821',
    text: '#e6e9ee',
    halo: '#121821',
    line: '#ffffff',
    muted: '#a3adbb',
    highlight: { accent: '#3b76b0', red: '#b24c44', orange: '#b57a26', green: '#4a8a50', purple: '#7c5fae', teal: '#33887e' },
  },
};

/** The map palette of a theme; an unknown theme falls back to briefing-light (as themeCss does). */
export function mapPaletteFor(theme: ThemeId): MapPalette {
  return PALETTES[theme] ?? PALETTES['briefing-light'];
}

/** Human names of the colour tokens, for the editor's picker. */
export const MAP_COLOUR_NAMES: Record<MapColour, string> = {
  accent: 'Theme accent (blue)',
  red: 'Red',
  orange: 'Orange',
  green: 'Green',
  purple: 'Purple',
  teal: 'Teal',
};
