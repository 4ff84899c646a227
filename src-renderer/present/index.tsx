/**
 * Presenting: public entry. The views load lazily (`PresentWindow`), so the editor's initial bundle carries only
 * this file, the route check and the start/stop commands.
 */
import { lazy } from 'react';

export { presentRouteFor, type PresentRole } from './route';
export { startPresentation, stopPresentation, onPresentationEnded } from './presentCommands';

/** The audience or presenter window (`<PresentWindow role="audience" />`), code-split from the editor. */
export const PresentWindow = lazy(() => import('./PresentApp'));
