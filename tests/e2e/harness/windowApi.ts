/** Types `window.api` for e2e tests' `page.evaluate` callbacks (the renderer declares the same in src-renderer/api). */
import type { BriefDeckApi } from '../../../src-shared/ipc';

declare global {
  interface Window {
    api?: BriefDeckApi;
  }
}

export type { BriefDeckApi };
