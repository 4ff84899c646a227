import { z } from 'zod';
import { InlineText } from './slideContent';

/**
 * Named extents of the locator map, as bounding boxes in degrees (west, south, east, north; WGS 84 longitude and
 * latitude, as Natural Earth gives them). `middle-east` spans the Aegean to Iran's eastern border and the Black Sea to
 * the Gulf; `south-caucasus` spans eastern Turkey to the Caspian, Georgia to northern Iran.
 */
export const MAP_PRESETS = {
  'middle-east': { west: 24, south: 22, east: 64, north: 44 },
  'south-caucasus': { west: 38.5, south: 37.3, east: 51, north: 43.8 },
} as const;
export type MapPreset = keyof typeof MAP_PRESETS;
export const MAP_PRESET_IDS = Object.keys(MAP_PRESETS) as MapPreset[];

/**
 * The colour tokens a highlighted country may take: named colours of the theme's map palette
 * (src-shared/map/mapPalette.ts gives each theme's value), never a hex value, so that a deck keeps its look when its
 * theme changes.
 */
export const MAP_COLOURS = ['accent', 'red', 'orange', 'green', 'purple', 'teal'] as const;
export type MapColour = (typeof MAP_COLOURS)[number];

const Latitude = z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90');
const Longitude = z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180');

/** A bounding box in degrees; west must be less than east and south less than north (no box across 180°). */
export const MapBoxSchema = z
  .object({ west: Longitude, south: Latitude, east: Longitude, north: Latitude })
  .refine((b) => b.west < b.east, { message: 'west must be less than east', path: ['east'] })
  .refine((b) => b.south < b.north, { message: 'south must be less than north', path: ['north'] });
export type MapBox = z.infer<typeof MapBoxSchema>;

/** The map's extent: a preset name (`MAP_PRESETS`) or a bounding box. */
export const MapExtentSchema = z.union([z.enum(MAP_PRESET_IDS as [MapPreset, ...MapPreset[]]), MapBoxSchema]);
export type MapExtent = z.infer<typeof MapExtentSchema>;

/** A highlighted country: the data's country id (ISO 3166-1 numeric, "792") or name ("Turkey"), its legend role and colour. */
export const MapHighlightSchema = z.looseObject({
  country: z.string().min(1).max(100).describe('Country id or name as the bundled data spells it'),
  role: InlineText.default('').describe('Legend label of the highlight, e.g. "Actor"'),
  colour: z.enum(MAP_COLOURS).default('accent').describe('Colour token of the theme palette'),
});
export type MapHighlight = z.infer<typeof MapHighlightSchema>;

/** A labelled point (a capital, a city) at a latitude and longitude in degrees. */
export const MapPointSchema = z.looseObject({
  label: InlineText.default(''),
  lat: Latitude,
  lon: Longitude,
});
export type MapPoint = z.infer<typeof MapPointSchema>;

/** A place a line starts or ends at, in degrees. */
export const MapPlaceSchema = z.object({ lat: Latitude, lon: Longitude });

/** A labelled line between two places (drawn along the great circle), with an arrowhead at `to` when `arrow`. */
export const MapLineSchema = z.looseObject({
  label: InlineText.default(''),
  from: MapPlaceSchema,
  to: MapPlaceSchema,
  arrow: z.boolean().default(false),
});
export type MapLine = z.infer<typeof MapLineSchema>;

/** What a map slide draws: extent, highlighted countries, points, lines and whether the legend shows. */
export const MapSpecSchema = z.looseObject({
  extent: MapExtentSchema.default('middle-east'),
  highlights: z.array(MapHighlightSchema).max(60).default([]),
  points: z.array(MapPointSchema).max(60).default([]),
  lines: z.array(MapLineSchema).max(30).default([]),
  legend: z.boolean().default(true).describe('Show the legend of the highlights\' roles'),
});
export type MapSpec = z.infer<typeof MapSpecSchema>;
