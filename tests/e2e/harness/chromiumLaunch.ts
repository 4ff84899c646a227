/**
 * How the harness launches Chromium: with the product's own launch options (src-main/services/export/chromiumPrinter.ts
 * `chromiumLaunchOptions`: headless, the flags that keep it off the network, docs/stack.md "Chromium"), so the e2e
 * tests and the CLI's PDF export run the same browser the same way. The executable is CHROMIUM_PATH or Debian's
 * /usr/bin/chromium (`findChromium`; throws ChromiumNotFoundError with install advice when missing). Never
 * `playwright install`.
 */
export { chromiumLaunchOptions } from '../../../src-main/services/export/pdf/chromiumPrinter';
