/**
 * Handlers of the `present:*` channels (src-shared/ipc/presentChannels.ts): one presentation session per handler
 * table, so that every window bound to the table (Electron's windows, the harness's pages) shares one state.
 */
import type { PresentHandlerTable } from './handlerTypes';
import { createPresentationService } from '../services/presentation/presentationService';
import { createPresentationSession } from '../services/presentation/presentationSession';
import type { Services } from '../services/ports/serviceTypes';

/** Builds the present handlers over `services.windows`; `now` is the clock for actions that carry no time (epoch ms). */
export function createPresentHandlers(services: Services, now: () => number = Date.now): PresentHandlerTable {
  const session = createPresentationSession(createPresentationService(now), services.windows);
  return {
    'present:start': async ({ deck, fromSlide, atMs }) => session.start(deck, fromSlide, atMs),
    'present:dispatch': async ({ action }) => session.service.dispatch(action),
    'present:getState': async () => session.service.snapshot(),
    'present:stop': async ({ overviewFirst }) => session.stop({ overviewFirst }),
  };
}
