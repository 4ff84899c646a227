/**
 * Drops a file on the page the way a user drags one from the file manager: a `File` with the file's bytes in a
 * DataTransfer, dispatched as dragenter / dragover / drop on the target element. `window.api.pathForFile(file)`
 * answers the file's real path (Electron's preload answers it with `webUtils.getPathForFile`).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';

export async function dropFileOnPage(page: Page, path: string, selector = 'body'): Promise<void> {
  const bytes = (await readFile(path)).toString('base64');
  const target = page.locator(selector).first();
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, filePath }) => {
      const raw = atob(base64);
      const buf = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) buf[i] = raw.charCodeAt(i);
      const file = new File([buf], name, { type: 'application/json' });
      (window as unknown as { __briefdeckHarness: { registerDrop(f: File, p: string): void } }).__briefdeckHarness.registerDrop(file, filePath);
      const dt = new DataTransfer();
      dt.items.add(file);
      return dt;
    },
    { name: basename(path), base64: bytes, filePath: path },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  await dataTransfer.dispose();
}
