import { cspScriptHash } from '../../../../src-shared/render';

/** Where the notes plugin writes its speaker view: `speakerWindow.document.write(` + a template literal. */
const WRITE_CALL = 'document.write(`';

/**
 * CSP hash sources for the inline scripts of reveal.js's speaker view.
 *
 * The notes plugin opens `about:blank` and `document.write`s its speaker view into it. That window inherits our
 * document's CSP (HTML Standard: an initial about:blank document inherits its creator's policy container), so its
 * inline `<script>` runs only if its hash is listed in our `script-src`. The HTML the plugin writes is one template
 * literal without substitutions (reveal.js 6.0.2, dist/plugin/notes.js), so it is read from the source text and its
 * escapes are cooked as ECMAScript does (speakerViewHtml). Nothing of the plugin is run: the export no longer depends
 * on a wall-clock limit (a `vm` timeout failed under load) and takes the same few milliseconds on a busy machine.
 * @throws Error if the plugin no longer writes its speaker view that way (a reveal.js upgrade changed it).
 */
export function speakerViewScriptHashes(notesJs: string): string[] {
  const written = speakerViewHtml(notesJs);
  const scripts = [...written.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error('reveal.js notes plugin: no speaker view script found; check the reveal.js version');
  return scripts.map(cspScriptHash);
}

/**
 * The speaker view HTML exactly as the plugin's `document.write` receives it: the cooked value of the one template
 * literal passed to `document.write(`.
 * @throws Error when there is not exactly one such call, when the literal is unterminated or has a `${…}`
 * substitution (its value would then depend on running code).
 */
export function speakerViewHtml(notesJs: string): string {
  const at = notesJs.indexOf(WRITE_CALL);
  if (at < 0 || notesJs.indexOf(WRITE_CALL, at + 1) >= 0) {
    throw new Error('reveal.js notes plugin: expected one document.write of the speaker view; check the reveal.js version');
  }
  return cookTemplateLiteral(notesJs, at + WRITE_CALL.length);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

/**
 * The template value (ECMAScript "TV") of the template literal whose body starts at `start` (just after its opening
 * backtick): escapes cooked (`\n`, `\xHH`, `\uHHHH`, `\u{H…}`, `\0`, line continuations, any other `\c` as `c`),
 * and CR LF or CR in the source read as LF.
 * @throws Error on a `${` substitution, a malformed escape, or a missing closing backtick.
 */
export function cookTemplateLiteral(source: string, start: number): string {
  let out = '';
  const fail = (why: string): never => {
    throw new Error(`reveal.js notes plugin: the speaker view template ${why}; check the reveal.js version`);
  };
  const hex = (from: number, length: number) => {
    const digits = source.slice(from, from + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) fail('has a malformed escape');
    return parseInt(digits, 16);
  };
  for (let i = start; i < source.length; ) {
    const c = source[i];
    if (c === '`') return out;
    if (c === '$' && source[i + 1] === '{') fail('has a substitution');
    if (c === '\r') {
      out += '\n';
      i += source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    const e = source[i + 1];
    if (e === undefined) break;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e === 'x') {
      out += String.fromCharCode(hex(i + 2, 2));
      i += 4;
    } else if (e === 'u' && source[i + 2] === '{') {
      const close = source.indexOf('}', i + 3);
      if (close < 0) fail('has a malformed escape');
      out += String.fromCodePoint(hex(i + 3, close - i - 3));
      i = close + 1;
    } else if (e === 'u') {
      out += String.fromCharCode(hex(i + 2, 4));
      i += 6;
    } else if (e === '0' && !/[0-9]/.test(source[i + 2] ?? '')) {
      out += '\0';
      i += 2;
    } else if (/[1-9]/.test(e)) {
      fail('has an octal escape');
    } else if (e === '\r') {
      i += source[i + 2] === '\n' ? 3 : 2; // line continuation
    } else if (e === '\n' || e === '\u2028' || e === '\u2029') {
      i += 2; // line continuation
    } else {
      out += e; // an identity escape: \` \\ \$ \/ ...
      i += 2;
    }
  }
  return fail('is not closed');
}
