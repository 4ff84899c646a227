import { MAP_COLOURS, MAP_PRESET_IDS, type MapBox, type MapColour, type MapExtent, type MapHighlight, type MapLine, type MapPoint, type Slide } from '../../src-shared/deck';
import { CliError } from './cliError';
import type { AddSlideCommon as Common, AddSlideKind, OptionValues } from './addSlideKind';

const list = (v: OptionValues[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

function degrees(text: string, what: string, min: number, max: number): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliError(`${what} "${text.trim()}" is not a number`, 2);
  if (n < min || n > max) throw new CliError(`${what} ${n} is outside ${min} to ${max}`, 2);
  return n;
}

/** `LAT,LON` in degrees; `what` names the option in the error. */
function place(text: string, what: string): { lat: number; lon: number } {
  const parts = text.split(',');
  if (parts.length !== 2) throw new CliError(`${what}: "${text}" is not LAT,LON`, 2);
  return { lat: degrees(parts[0], `${what}: latitude`, -90, 90), lon: degrees(parts[1], `${what}: longitude`, -180, 180) };
}

/** `--map PRESET` or `--map W,S,E,N`, checked by the projection's own rule (resolveExtent). */
async function extentOf(value: string): Promise<MapExtent> {
  const { resolveExtent, MapExtentError } = await import('../../src-shared/map');
  const parts = value.split(',');
  let extent: MapExtent;
  if (parts.length === 4) {
    const [west, south, east, north] = parts.map((p) => Number(p.trim()));
    extent = { west, south, east, north } as MapBox;
  } else if ((MAP_PRESET_IDS as string[]).includes(value)) {
    extent = value as MapExtent;
  } else {
    throw new CliError(`--map "${value}" is not a preset (${MAP_PRESET_IDS.join(', ')}) or a box W,S,E,N`, 2);
  }
  try {
    resolveExtent(extent);
  } catch (e) {
    if (e instanceof MapExtentError) throw new CliError(`--map ${value}: ${e.message}`, 2);
    throw e;
  }
  return extent;
}

/** `--highlight "Turkey=Actor"` or `"Turkey=Actor:red"`: a country the map data knows, its role and colour token. */
async function highlightOf(text: string): Promise<MapHighlight> {
  const { findCountry } = await import('../../src-shared/map');
  const eq = text.indexOf('=');
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  let role = eq < 0 ? '' : text.slice(eq + 1).trim();
  let colour: MapColour = 'accent';
  const colon = role.lastIndexOf(':');
  if (colon >= 0) {
    const token = role.slice(colon + 1).trim();
    if (!(MAP_COLOURS as readonly string[]).includes(token)) throw new CliError(`--highlight ${text}: "${token}" is not a colour (${MAP_COLOURS.join(', ')})`, 2);
    colour = token as MapColour;
    role = role.slice(0, colon).trim();
  }
  const country = findCountry(name);
  if (!country) throw new CliError(`--highlight ${text}: "${name}" is not a country of the map data (Natural Earth names, e.g. "Turkey", or ids, e.g. "792")`, 2);
  return { country: country.name, role, colour };
}

/** `--point "Ankara@39.93,32.86"`: a label at a latitude and longitude. */
function pointOf(text: string): MapPoint {
  const at = text.lastIndexOf('@');
  if (at < 0) throw new CliError(`--point ${text}: write LABEL@LAT,LON`, 2);
  return { label: text.slice(0, at).trim(), ...place(text.slice(at + 1), `--point ${text}`) };
}

/** `--line "Label@LAT,LON:LAT,LON"` (a line) or `"Label@LAT,LON>LAT,LON"` (an arrow to the second place). */
function lineOf(text: string): MapLine {
  const at = text.lastIndexOf('@');
  const ends = at < 0 ? '' : text.slice(at + 1);
  const arrow = ends.includes('>');
  const [from, to] = ends.split(arrow ? '>' : ':');
  if (at < 0 || from === undefined || to === undefined) throw new CliError(`--line ${text}: write LABEL@LAT,LON:LAT,LON (or > for an arrow)`, 2);
  return { label: text.slice(0, at).trim(), from: place(from, `--line ${text}`), to: place(to, `--line ${text}`), arrow };
}

/**
 * `briefdeck add DECK --map PRESET|W,S,E,N --alt TEXT [--highlight "Country=Role[:colour]"]… [--point
 * "Label@LAT,LON"]… [--line "Label@LAT,LON:LAT,LON"]… [--no-legend]`: a map slide. Countries are checked against the
 * bundled data, degrees against ±90 / ±180, the box against the projection's rule; each bad value is a one-line
 * usage error (exit 2).
 */
export const MAP_SLIDE_KIND = {
  kind: 'map' as const,
  valueName: 'PRESET|W,S,E,N',
  summary: 'a locator map drawn from the bundled Natural Earth data',
  options: {
    highlight: { type: 'string' as const, multiple: true },
    point: { type: 'string' as const, multiple: true },
    line: { type: 'string' as const, multiple: true },
    'no-legend': { type: 'boolean' as const },
  },
  usage: [
    `--map PRESET|W,S,E,N                 presets: ${MAP_PRESET_IDS.join(', ')}; or a box west,south,east,north in degrees`,
    '--highlight "Turkey=Actor[:colour]"   a country to fill, its legend role and colour (repeatable;',
    `                                       colours: ${MAP_COLOURS.join(', ')})`,
    '--point "Ankara@39.93,32.86"          a labelled point at LAT,LON (repeatable)',
    '--line "Label@LAT,LON:LAT,LON"        a line; use > instead of : for an arrow (repeatable)',
    '--no-legend                           leave the legend out',
  ],
  async build(value: string, values: OptionValues, common: Common): Promise<Slide> {
    const extent = await extentOf(value);
    const highlights: MapHighlight[] = [];
    for (const h of list(values.highlight)) highlights.push(await highlightOf(h));
    const slide = {
      id: common.id,
      layout: 'map',
      title: common.title,
      alt: common.alt,
      sourceLine: common.sourceLine,
      map: { extent, highlights, points: list(values.point).map(pointOf), lines: list(values.line).map(lineOf), legend: values['no-legend'] !== true },
    };
    return slide as unknown as Slide;
  },
} satisfies AddSlideKind;
