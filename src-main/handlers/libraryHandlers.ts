/** Handlers for the template library and the argument maps (read-only data from `templates/`). */
import type { CoreHandlerTable } from './handlerTypes';
import type { Services } from '../services/ports/serviceTypes';

type LibraryHandlers = Pick<CoreHandlerTable, 'templates:list' | 'templates:instantiate' | 'arguments:list'>;

export function createLibraryHandlers({ templates }: Services): LibraryHandlers {
  return {
    'templates:list': async () => ({ templates: await templates.list() }),
    'templates:instantiate': async ({ id }) => ({ deck: await templates.instantiate(id) }),
    'arguments:list': async () => ({ maps: await templates.argumentMaps() }),
  };
}
