import { MapExtentError, resolveExtent } from '../../../src-shared/map';
import type { MapBox } from '../../../src-shared/deck';

/** Why a latitude cannot be stored, or null (WGS 84 degrees, -90 to 90). */
export function latitudeProblem(n: number): string | null {
  return n >= -90 && n <= 90 ? null : 'must be between -90 and 90';
}

/** Why a longitude cannot be stored, or null (WGS 84 degrees, -180 to 180). */
export function longitudeProblem(n: number): string | null {
  return n >= -180 && n <= 180 ? null : 'must be between -180 and 180';
}

/** Why a box with `key` set to `n` cannot be drawn (west > east, a latitude past 85°…), or null: the projection's own rule. */
export function boxProblem(box: MapBox, key: keyof MapBox, n: number): string | null {
  try {
    resolveExtent({ ...box, [key]: n });
    return null;
  } catch (e) {
    return e instanceof MapExtentError ? e.message.replace(/^the map box's /, '') : String(e);
  }
}
