/**
 * Presenting: public entry. The views load lazily, so the editor's initial bundle carries only this file, the route
 * check, the start/stop commands and a small error boundary.
 */
import { lazy, Suspense } from 'react';
import { PresentErrorBoundary } from './PresentErrorBoundary';
import type { PresentRole } from './route';

export { presentRouteFor, type PresentRole } from './route';
export { startPresentation, stopPresentation, onPresentationEnded } from './presentCommands';

const PresentApp = lazy(() => import('./PresentApp'));

/** The audience or presenter window (`<PresentWindow role="audience" />`), code-split from the editor. */
export function PresentWindow({ role }: { role: PresentRole }) {
  return (
    <PresentErrorBoundary>
      <Suspense fallback={null}>
        <PresentApp role={role} />
      </Suspense>
    </PresentErrorBoundary>
  );
}
