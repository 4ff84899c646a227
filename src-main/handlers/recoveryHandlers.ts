/** Handlers for autosave recovery copies (kept in the user-data folder, never over the user's file). */
import type { CoreHandlerTable } from './handlerTypes';
import type { Services } from '../services/ports/serviceTypes';

type RecoveryHandlers = Pick<CoreHandlerTable, 'recovery:write' | 'recovery:list' | 'recovery:read' | 'recovery:discard'>;

export function createRecoveryHandlers({ recovery }: Services): RecoveryHandlers {
  return {
    'recovery:write': async ({ key, deck, filePath }) => {
      await recovery.write(key, deck, filePath);
      return { ok: true };
    },
    'recovery:list': async () => ({ entries: await recovery.list() }),
    'recovery:read': async ({ key }) => recovery.read(key),
    'recovery:discard': async ({ key }) => {
      await recovery.discard(key);
      return { ok: true };
    },
  };
}
