/**
 * Zero network requests (docs/security.md item 1): every request of the context that is not for the app's own
 * origin is aborted and recorded. data:, blob: and about: URLs never reach the network and are not routed.
 */
import type { BrowserContext } from '@playwright/test';

/** Routes every request of `context`; returns the list that collects the URLs of refused requests. */
export async function guardNetwork(context: BrowserContext, appOrigin: string): Promise<string[]> {
  const refused: string[] = [];
  const allowed = new URL(appOrigin);
  await context.route(
    () => true,
    async (route) => {
      const url = route.request().url();
      let ok: boolean;
      try {
        const u = new URL(url);
        ok = u.protocol === allowed.protocol && u.host === allowed.host;
      } catch {
        ok = false;
      }
      if (ok) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) => page.on('websocket', (ws) => refused.push(ws.url())));
  return refused;
}
