import { runInNewContext } from 'node:vm';
import { cspScriptHash } from '../../../../src-shared/render';

/**
 * CSP hash sources for the inline scripts of reveal.js's speaker view.
 *
 * The notes plugin opens `about:blank` and `document.write`s its speaker view into it. That window inherits our
 * document's CSP (HTML Standard: an initial about:blank document inherits its creator's policy container), so its
 * inline `<script>` runs only if its hash is listed in our `script-src`. We obtain the exact HTML the plugin writes by
 * running the plugin's UMD build in a Node `vm` context with a stand-in window, pressing its "S" key binding, and
 * capturing `document.write`. Nothing in the plugin runs in our process's global scope.
 * Throws Error if the plugin no longer writes a speaker view (a reveal.js upgrade changed it).
 */
export function speakerViewScriptHashes(notesJs: string): string[] {
  let written = '';
  let openSpeakerView: (() => void) | undefined;
  const speakerWindow = { document: { write: (html: string) => void (written += html) }, closed: false, focus() {} };
  const window = { location: { search: '', protocol: 'file:', host: '', pathname: '/deck.html' }, open: () => speakerWindow, addEventListener() {} };
  const module = { exports: {} as unknown };
  const sandbox = { window, module, exports: module.exports, setInterval: () => 0, clearInterval() {}, alert() {} };
  runInNewContext(notesJs, sandbox, { timeout: 2000 });
  const factory = module.exports as () => { init(reveal: unknown): void };
  factory().init({
    addKeyBinding: (_key: unknown, fn: () => void) => void (openSpeakerView = fn),
    getConfig: () => ({}),
    getState: () => ({}),
    on() {},
  });
  openSpeakerView?.();
  const scripts = [...written.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error('reveal.js notes plugin: no speaker view script found; check the reveal.js version');
  return scripts.map(cspScriptHash);
}
