/**
 * Handlers of the `present:*` channels. OWNED BY HELPER F: fill this table (one handler per channel of
 * src-shared/ipc/presentChannels.ts). Open and close the audience / presenter windows with `services.windows`
 * (appWindows.ts) and keep them in step with `services.windows.broadcast('present:state', state)`.
 */
import type { PresentHandlerTable } from './handlerTypes';
import type { Services } from './serviceTypes';

export function createPresentHandlers(_services: Services): PresentHandlerTable {
  return {};
}
