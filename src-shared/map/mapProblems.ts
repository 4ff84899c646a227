import type { MapSpec } from '../deck';
import { findCountry, MapExtentError, resolveExtent } from './mapGeometry';

/** A problem with one field of a map, for the editor to show beside it (`field` is its path inside `map`). */
export interface MapProblem {
  field: string;
  message: string;
}

/**
 * What keeps a map from being drawn as meant: an extent that cannot be drawn (`extent`) and highlighted countries
 * the bundled data does not know (`highlights[i].country`). Never throws: the editor shows these as field errors.
 */
export function mapProblems(spec: MapSpec): MapProblem[] {
  const out: MapProblem[] = [];
  try {
    resolveExtent(spec.extent);
  } catch (e) {
    out.push({ field: 'extent', message: e instanceof MapExtentError ? e.message : String(e) });
  }
  spec.highlights.forEach((h, i) => {
    if (!findCountry(h.country)) out.push({ field: `highlights[${i}].country`, message: `"${h.country.slice(0, 60)}" is not a country of the map data` });
  });
  return out;
}
