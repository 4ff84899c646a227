/**
 * The presenting routes of the renderer (the same bundle as the editor; the views load lazily):
 * `#/present/audience` (the audience window) and `#/present/presenter` (the presenter view). Kept tiny, because the
 * renderer's entry imports it to choose what to mount.
 */
export type PresentRole = 'audience' | 'presenter';

/** The presenting view named by a location hash, or null for any other hash (the editor). */
export function presentRouteFor(hash: string): PresentRole | null {
  if (hash === '#/present/audience') return 'audience';
  if (hash === '#/present/presenter') return 'presenter';
  return null;
}
