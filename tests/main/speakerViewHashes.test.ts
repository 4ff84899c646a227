/**
 * The speaker view's CSP hashes are read from the notes plugin's source, not computed by running it: the same hashes
 * as the HTML the plugin really writes (captured here by running the plugin in a `vm` context with no time limit,
 * as an oracle), on a busy or idle machine alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readPackageText } from '../../src-main/services/export/assets/packageFiles';
import { cookTemplateLiteral, speakerViewHtml, speakerViewScriptHashes } from '../../src-main/services/export/assets/speakerViewHashes';
import { withSpeakerLabelBand } from '../../src-main/services/export/assets/speakerViewLayout';
import { cspScriptHash } from '../../src-shared/render';

/** What the plugin writes when its "S" key binding runs, with a stand-in window (test oracle only). */
function writtenByPlugin(notesJs: string): string {
  let written = '';
  let openSpeakerView: (() => void) | undefined;
  const speakerWindow = { document: { write: (html: string) => void (written += html) }, closed: false, focus() {} };
  const window = { location: { search: '', protocol: 'file:', host: '', pathname: '/deck.html' }, open: () => speakerWindow, addEventListener() {} };
  const module = { exports: {} as unknown };
  runInNewContext(notesJs, { window, module, exports: module.exports, setInterval: () => 0, clearInterval() {}, alert() {} });
  (module.exports as () => { init(reveal: unknown): void })().init({
    addKeyBinding: (_key: unknown, fn: () => void) => void (openSpeakerView = fn),
    getConfig: () => ({}),
    getState: () => ({}),
    on() {},
  });
  openSpeakerView?.();
  return written;
}

describe('speaker view hashes', () => {
  const notesJs = withSpeakerLabelBand(readPackageText('reveal.js/plugin/notes'));

  it('reads exactly the HTML the plugin writes, and hashes its scripts', () => {
    const oracle = writtenByPlugin(notesJs);
    expect(oracle.length).toBeGreaterThan(10_000);
    expect(speakerViewHtml(notesJs)).toBe(oracle);
    const scripts = [...oracle.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => cspScriptHash(m[1]));
    expect(scripts.length).toBeGreaterThan(0);
    expect(speakerViewScriptHashes(notesJs)).toEqual(scripts);
  });

  it('runs no code and has no time limit (no node:vm in the export path)', () => {
    const source = readFileSync(join(__dirname, '../../src-main/services/export/assets/speakerViewHashes.ts'), 'utf8');
    expect(source).not.toMatch(/from 'node:vm'|runIn(New|This)?Context\(|new Function|eval\(/);
  });

  it.each([
    ['plain', 'a<b>c'],
    ['escapes', 'a\\nb\\tc\\\\d\\`e\\$f\\/g'],
    ['hex and unicode', '\\x3Cscript\\u003E\\u{1F600}\\0'],
    ['line continuation', 'a\\\nb'],
    ['CR LF and CR read as LF', 'a\r\nb\rc'],
  ])('cooks a template literal as JavaScript does (%s)', (_name, body) => {
    expect(cookTemplateLiteral(`\`${body}\``, 1)).toBe(runInNewContext(`\`${body}\``));
  });

  it.each([
    ['a substitution', 'document.write(`<p>${x}</p>`)'],
    ['no closing backtick', 'document.write(`<p>'],
    ['no speaker view', 'window.open()'],
    ['two writes', 'document.write(`a`);document.write(`b`)'],
    ['a bad escape', 'document.write(`\\xZZ`)'],
  ])('refuses a plugin it cannot read (%s)', (_name, source) => {
    expect(() => speakerViewHtml(source)).toThrow(/reveal\.js notes plugin/);
  });
});
