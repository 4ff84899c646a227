import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { MAP_PRESETS, type MapBox, type MapExtent } from '../deck';
import { compactPath } from './compactPath';

/**
 * The projected base map: world-atlas 2.0.2's `countries-50m.json` (Natural Earth 4.1, 1:50m, the scale at which
 * Gaza and Nakhchivan are shapes of their own: Palestine and Azerbaijan are multipolygons there, unlike at 1:110m),
 * converted with topojson-client's `feature` and projected with d3-geo's Mercator, fitted to the frame, clipped to it
 * (`clipExtent`) and with coordinates rounded to 0.1 px (`geoPath().digits(1)`), then written compactly
 * (compactPath: sub-px steps dropped, relative steps). Clipping and rounding keep a regional map to tens of KB of
 * SVG instead of megabytes. Pure: no DOM, no I/O (the data is bundled).
 */

/** The error thrown when an extent cannot be drawn (a box outside ±90/±180, west not less than east, …). */
export class MapExtentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MapExtentError';
  }
}

/** One country of the data, projected: its id (ISO 3166-1 numeric as a string, '' when the data has none), name and SVG path. */
export interface CountryShape {
  id: string;
  name: string;
  /** SVG path data in frame px (compactPath); one subpath (`M… z`) per polygon part, so an exclave is its own subpath. */
  d: string;
}

/** A base map for one extent and frame size: the countries in view and the projection that placed them. */
export interface MapBase {
  box: MapBox;
  width: number;
  height: number;
  countries: CountryShape[];
  /** Projects [longitude, latitude] in degrees to frame px [x, y]. */
  project(lon: number, lat: number): [number, number];
  /** The path data of any GeoJSON geometry (a line, say) in the same projection, clipped and rounded. */
  pathOf(geometry: Geometry): string;
}

interface AtlasCountry {
  id: string;
  name: string;
  feature: Feature<Geometry, { name: string }>;
  bounds: [[number, number], [number, number]];
}

let countriesCache: AtlasCountry[] | undefined;

/** Every country of the bundled data (241 at 1:50m), with its geographic bounds; converted once, on first use. */
function atlasCountries(): AtlasCountry[] {
  if (!countriesCache) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    countriesCache = fc.features.map((f) => ({ id: f.id === undefined ? '' : String(f.id), name: f.properties.name, feature: f, bounds: geoBounds(f) }));
  }
  return countriesCache;
}

/** The names of the data's countries, sorted (the editor offers them when a country is highlighted). */
export function mapCountryNames(): string[] {
  return atlasCountries()
    .map((c) => c.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * The data's country for an id ("792") or a name ("Turkey", any case); undefined when the data has no such
 * country. Natural Earth spells some names short ("Bosnia and Herz.", "N. Cyprus"): the editor offers the names.
 */
export function findCountry(query: string): { id: string; name: string } | undefined {
  const q = query.trim().toLowerCase();
  if (q === '') return undefined;
  const hit = atlasCountries().find((c) => c.id === q) ?? atlasCountries().find((c) => c.name.toLowerCase() === q);
  return hit ? { id: hit.id, name: hit.name } : undefined;
}

/**
 * The bounding box of an extent, checked: a preset's box, or the given box when its numbers are finite, within
 * ±180° / ±90° and west < east, south < north.
 * @throws MapExtentError with a one-line reason for an unknown preset or a bad box.
 */
export function resolveExtent(extent: MapExtent | string): MapBox {
  if (typeof extent === 'string') {
    const box = (MAP_PRESETS as Record<string, MapBox>)[extent];
    if (!box) throw new MapExtentError(`unknown map preset "${extent.slice(0, 40)}" (use ${Object.keys(MAP_PRESETS).join(' or ')}, or a box W,S,E,N)`);
    return box;
  }
  const { west, south, east, north } = extent;
  if (![west, south, east, north].every((n) => typeof n === 'number' && Number.isFinite(n))) throw new MapExtentError('the map box needs four numbers: west, south, east, north');
  if (west < -180 || east > 180) throw new MapExtentError('the map box\'s longitudes must be between -180 and 180');
  if (south < -90 || north > 90) throw new MapExtentError('the map box\'s latitudes must be between -90 and 90');
  if (west >= east) throw new MapExtentError('the map box\'s west must be less than its east');
  if (south >= north) throw new MapExtentError('the map box\'s south must be less than its north');
  // Mercator stretches towards the poles without bound: keep the box off them.
  if (south < -85 || north > 85) throw new MapExtentError('the map box must stay between 85° south and 85° north');
  return { west, south, east, north };
}

const BASE_CACHE_SIZE = 8;
const baseCache = new Map<string, MapBase>();

/** Px kept free of the extent at the frame's left and right edges (the legend sits there); the map still fills the frame. */
export interface MapInset {
  left: number;
  right: number;
}

/**
 * The base map for an extent in a frame of `width`×`height` px, cached per extent, size and inset (the preview
 * re-renders on every keystroke; a base is projected once, the last eight are kept). The extent is fitted to the
 * frame less `inset`, so a legend beside it covers only land beyond the extent.
 * @throws MapExtentError for a bad extent (see resolveExtent).
 */
export function mapBase(extent: MapExtent | string, width: number, height: number, inset: MapInset = { left: 0, right: 0 }): MapBase {
  const box = resolveExtent(extent);
  const key = `${box.west},${box.south},${box.east},${box.north}@${width}x${height}-${inset.left}-${inset.right}`;
  const hit = baseCache.get(key);
  if (hit) {
    baseCache.delete(key);
    baseCache.set(key, hit);
    return hit;
  }
  const base = projectBase(box, width, height, inset);
  baseCache.set(key, base);
  if (baseCache.size > BASE_CACHE_SIZE) baseCache.delete(baseCache.keys().next().value as string);
  return base;
}

function projectBase(box: MapBox, width: number, height: number, inset: MapInset): MapBase {
  const corners = { type: 'MultiPoint' as const, coordinates: [[box.west, box.south], [box.east, box.north], [box.west, box.north], [box.east, box.south]] };
  const projection: GeoProjection = geoMercator().fitExtent([[inset.left, 0], [width - inset.right, height]], corners);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // The frame is wider or taller than the box: everything the frame shows is drawn, so find its geographic edges.
  const [west, north] = projection.invert?.([0, 0]) ?? [box.west, box.north];
  const [east, south] = projection.invert?.([width, height]) ?? [box.east, box.south];
  const countries: CountryShape[] = [];
  for (const c of atlasCountries()) {
    const [[w, s], [e, n]] = c.bounds;
    const wraps = w > e;
    if (!wraps && (e < west || w > east || n < south || s > north)) continue;
    const d = compactPath(path(c.feature) ?? '');
    if (d !== '') countries.push({ id: c.id, name: c.name, d });
  }
  return {
    box,
    width,
    height,
    countries,
    project: (lon, lat) => {
      const p = projection([lon, lat]) ?? [Number.NaN, Number.NaN];
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
    pathOf: (geometry) => path(geometry) ?? '',
  };
}
