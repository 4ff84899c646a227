import { z } from 'zod';

/**
 * zod 4 compiles fast-path validators with `new Function` unless told not to. The app's pages and exported HTML run
 * under a Content-Security-Policy without 'unsafe-eval' (docs/security.md, checklist item 7), so every entry that
 * validates a deck must run this first. `src-shared/deck/index.ts` imports it, and so does `parseDeck.ts`.
 */
z.config({ jitless: true });

/** True once this module has run (lets a test assert the configuration is in place). */
export const ZOD_JITLESS = true as const;
