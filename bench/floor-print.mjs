// The floor of docs/performance.md: Node + playwright-core, reveal.js print view, ONE page.pdf, nothing else.
// Usage: node bench/floor-print.mjs PRINT.html OUT.pdf   (PRINT.html from `briefdeck export … --format print-html`)
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(html).href);
// Set by the print document after reveal's pdf-ready and document.fonts.ready.
await page.waitForSelector('html[data-bd-print-ready="true"]', { state: 'attached' });
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
await browser.close();
