// The pre-export check's time, as the export dialog sees it: the `export:preflight` handler of the real handler
// table (createServices + createExportHandlers, the services the e2e harness and the CLI run; PDF printer and layout
// probe over /usr/bin/chromium), called the way the dialog calls it as it opens. The TypeScript sources are bundled
// for Node with rolldown first (no TypeScript loader in plain Node). The Electron app's own printer is not measured
// here (no Electron binary on this machine).
import { build } from 'rolldown';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/** Bundles the handler table's entry points into a temp dir and imports them. Resolves { mod, dispose }. */
export async function loadPreflightHandlers() {
  // Inside the worktree (out/ is build output), so that the bundle finds playwright-core in node_modules.
  await mkdir(join(ROOT, 'out'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'out/bench-preflight-'));
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    [
      `export { createServices } from ${JSON.stringify(join(ROOT, 'src-main/services/services.ts'))};`,
      `export { createExportHandlers } from ${JSON.stringify(join(ROOT, 'src-main/handlers/exportHandlers.ts'))};`,
      `export { ChromiumPrinter } from ${JSON.stringify(join(ROOT, 'src-main/services/export/pdf/chromiumPrinter.ts'))};`,
      `export { parseDeck } from ${JSON.stringify(join(ROOT, 'src-shared/deck/index.ts'))};`,
      `export { resolveExportOptions } from ${JSON.stringify(join(ROOT, 'src-shared/export/index.ts'))};`,
    ].join('\n'),
  );
  await build({ input: { preflight: entry }, platform: 'node', external: (id) => !id.startsWith('.') && !id.startsWith('/'), output: { dir: join(dir, 'out'), format: 'cjs', entryFileNames: '[name].cjs' }, logLevel: 'silent' });
  const mod = createRequire(import.meta.url)(join(dir, 'out/preflight.cjs'));
  return { mod, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** No-op dialogs: the check never opens one. */
const dialogs = new Proxy({}, { get: () => async () => ({ canceled: true }) });

/**
 * Times the pre-export check for each deck of `decks` (Map of name -> deck JSON) as the dialog runs it, `rounds`
 * rounds, interleaved. Per deck and round, in a fresh app (new services and printer):
 *   cold: the first check with Chromium not yet started (the first export dialog after launch, in the harness/CLI);
 * then, in another fresh app whose print browser is already running (after a print or an earlier export):
 *   first: the first check; second: the dialog opened again, nothing changed; edited: opened after slide 3's title changed.
 * Returns { [name]: { cold: ms[], first: ms[], second: ms[], edited: ms[] } }.
 */
export async function timePreflight(decks, rounds) {
  const { mod, dispose } = await loadPreflightHandlers();
  const userDataDir = await mkdtemp(join(tmpdir(), 'briefdeck-bench-userdata-'));
  const times = Object.fromEntries([...decks.keys()].map((k) => [k, { cold: [], first: [], second: [], edited: [] }]));
  const options = mod.resolveExportOptions({ format: 'pdf' });
  const freshApp = () => {
    const printer = new mod.ChromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
    const services = mod.createServices({ templatesDir: join(ROOT, 'templates'), userDataDir, printer, dialogs });
    return { printer, check: mod.createExportHandlers(services)['export:preflight'] };
  };
  const timed = async (check, deck) => {
    const t0 = performance.now();
    const result = await check({ deck, options }, { windowId: 'bench', emit: () => undefined });
    if (!Array.isArray(result.issues)) throw new Error(`pre-export check failed: ${JSON.stringify(result).slice(0, 300)}`);
    return performance.now() - t0;
  };
  try {
    for (let r = 0; r < rounds; r++)
      for (const [name, json] of decks) {
        const { deck } = mod.parseDeck(JSON.stringify(json));
        const cold = freshApp();
        times[name].cold.push(await timed(cold.check, deck));
        await cold.printer.close();
        const warm = freshApp();
        await warm.printer.launch();
        times[name].first.push(await timed(warm.check, deck));
        times[name].second.push(await timed(warm.check, deck));
        const edited = { ...deck, slides: deck.slides.map((s, i) => (i === 2 ? { ...s, title: `${s.title} (edited)` } : s)) };
        times[name].edited.push(await timed(warm.check, edited));
        await warm.printer.close();
      }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
    await dispose();
  }
  return times;
}
