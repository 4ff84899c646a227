import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type DeckErrorCode, DeckSchema, parseDeck, type ParseDeckResult, serializeDeck } from '../../src-shared/deck';

const fixture = (dir: 'bad-decks' | 'decks', name: string): Buffer => readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url));
const small = fixture('decks', 'small.briefdeck');

function expectError(result: ParseDeckResult, code: DeckErrorCode, mentions: (string | RegExp)[]) {
  if (result.ok) throw new Error(`expected a ${code} error, got a deck`);
  expect(result.error.code).toBe(code);
  for (const m of mentions) expect(result.error.message).toMatch(m);
  return result.error;
}

function expectDeck(result: ParseDeckResult) {
  if (!result.ok) throw new Error(`expected a deck, got: ${result.error.message}`);
  return result;
}

describe('parseDeck: a valid deck', () => {
  it('runs zod without eval (CSP without unsafe-eval): jitless is set by importing the deck module', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('opens small.briefdeck with five slides and no warnings', () => {
    const r = expectDeck(parseDeck(small));
    expect(r.deck.slides.map((s) => s.layout)).toEqual(['title', 'bluf', 'two-column', 'timeline', 'bullets']);
    expect(r.deck.slides.every((s) => s.notes.length > 0)).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.readOnly).toBe(false);
  });

  it('round-trips byte for byte through parse and serialize', () => {
    const r = expectDeck(parseDeck(small));
    expect(serializeDeck(r.deck)).toBe(small.toString('utf8'));
  });

  it('accepts text as well as bytes', () => {
    expect(expectDeck(parseDeck(small.toString('utf8'))).deck.title).toBe('Turkey and Iran after 7 October');
  });

  it('serializes with 2-space indent, a trailing newline and no BOM', () => {
    const text = serializeDeck(expectDeck(parseDeck(small)).deck);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
  });

  it('refuses to serialize an invalid in-memory deck, naming the path', () => {
    const deck = expectDeck(parseDeck(small)).deck;
    const broken = { ...deck, slides: [{ ...deck.slides[0], title: Number.POSITIVE_INFINITY }] } as unknown as typeof deck;
    expect(() => serializeDeck(broken)).toThrow(/slides\[0\]\.title/);
  });
});

describe('parseDeck: each row of the bad-input table', () => {
  it('malformed JSON: names the line and column', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'malformed.briefdeck')), 'json', [/line 5, column 3/, /expected ','/]);
    expect([e.line, e.column]).toEqual([5, 3]);
  });

  it('a 0-byte file: names line 1, column 1', () => {
    expectError(parseDeck(fixture('bad-decks', 'empty.briefdeck')), 'json', [/line 1, column 1/, /empty/]);
    expectError(parseDeck('  \n '), 'json', [/white space/]);
  });

  it('a truncated file: says so, with the position', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'truncated.briefdeck')), 'json', [/truncated/, /line \d+, column \d+/]);
    expect(e.line).toBeGreaterThan(100);
  });

  it('a UTF-8 BOM is accepted on read and never written', () => {
    const bytes = fixture('bad-decks', 'bom.briefdeck');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = expectDeck(parseDeck(bytes));
    expect(serializeDeck(r.deck)).toBe(small.toString('utf8'));
    expect(expectDeck(parseDeck(`\ufeff${small.toString('utf8')}`)).deck.slides).toHaveLength(5);
  });

  it('bytes that are not UTF-8: an encoding error with the byte offset, line and column', () => {
    const bytes = fixture('bad-decks', 'not-utf8.briefdeck');
    const e = expectError(parseDeck(bytes), 'encoding', [/not valid UTF-8/, /byte \d+ \(0xf0\)/, /line \d+, column \d+/]);
    expect(bytes[e.offset!]).toBe(0xf0);
    // also overlong forms and encoded surrogates (CESU-8)
    expectError(parseDeck(Uint8Array.from([0x7b, 0xc0, 0xaf, 0x7d])), 'encoding', [/byte 1/]);
    expectError(parseDeck(Uint8Array.from([0x22, 0xed, 0xa0, 0xbd, 0x22])), 'encoding', [/byte 1/]);
  });

  it('nesting deeper than the schema allows: refused before deep recursion', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'deep-nesting.briefdeck')), 'depth', [/^extension\[0\]/, /deeper than the 16 levels/, /line 5/]);
    expect(e.path?.[0]).toBe('extension');
    // 1,000,000 levels would overflow a recursive parser's stack; this one stops at level 17
    expectError(parseDeck(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), 'depth', [/deeper/]);
  });

  it('a __proto__ key: rejected, never merged', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'proto-key.briefdeck')), 'unsafe-key', [/slides\[2\]\.__proto__/, /line 88/]);
    expect(e.path).toEqual(['slides', 2, '__proto__']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('constructor and prototype keys: rejected', () => {
    expectError(parseDeck(fixture('bad-decks', 'constructor-key.briefdeck')), 'unsafe-key', [/^constructor:/, /"constructor"/]);
    expectError(parseDeck('{"schemaVersion":1,"title":"t","slides":[{"prototype":1}]}'), 'unsafe-key', [/slides\[0\]\.prototype/]);
  });

  it('duplicate keys: rejected with the path and position', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'duplicate-keys.briefdeck')), 'duplicate-key', [/^title:/, /appears twice/, /line 6, column 3/]);
    expect(e.path).toEqual(['title']);
  });

  it('1e400: rejected, numbers must be finite', () => {
    expectError(parseDeck(fixture('bad-decks', 'huge-number.briefdeck')), 'number', [/^pacing\.targetMinutes:/, /1e400/, /finite/]);
    expectError(parseDeck('{"a":-1e999}'), 'number', [/^a:/]);
  });

  it('NaN and Infinity: rejected by name', () => {
    expectError(parseDeck(fixture('bad-decks', 'nan.briefdeck')), 'number', [/^pacing\.targetMinutes:/, /NaN/]);
    expectError(parseDeck('{"a":[Infinity]}'), 'number', [/^a\[0\]:/, /Infinity/]);
    expectError(parseDeck('{"a":-Infinity}'), 'number', [/-Infinity/]);
  });

  it('lone surrogates: rejected with the path; paired ones (emoji) are fine', () => {
    expectError(parseDeck(fixture('bad-decks', 'lone-surrogate.briefdeck')), 'surrogate', [/^slides\[2\]\.title:/, /surrogate/]);
    expectError(parseDeck('{"x":"\\udc00 tail"}'), 'surrogate', [/^x:/]);
    expectError(parseDeck('{"x":"\ud83d"}'), 'surrogate', [/^x:/]);
    const ok = small.toString('utf8').replace('"Ties to Hamas compared"', '"Ties to Hamas \\ud83d\\udcac compared"');
    expect(expectDeck(parseDeck(ok)).deck.slides[2].title).toBe('Ties to Hamas 💬 compared');
  });

  it('wrong types: a schema error naming the JSON path', () => {
    const e = expectError(parseDeck(fixture('bad-decks', 'wrong-type.briefdeck')), 'schema', [/^slides\[3\]\.title: expected text \(a string\), got the number 42/]);
    expect(e.path).toEqual(['slides', 3, 'title']);
  });

  it('missing fields: a schema error naming the JSON path', () => {
    expectError(parseDeck(fixture('bad-decks', 'missing-field.briefdeck')), 'schema', [/^slides\[1\]\.id: is missing/]);
    expectError(parseDeck('{"title":"t","slides":[]}'), 'schema', [/^schemaVersion: is missing/]);
    expectError(parseDeck('[1,2]'), 'schema', [/one JSON object/]);
  });

  it('several problems: the first is named, the rest counted and listed', () => {
    const e = expectError(parseDeck('{"schemaVersion":1,"title":1,"slides":[{"layout":"bullets"}]}'), 'schema', [/^title:/, /and 1 more problem/]);
    expect(e.issues?.map((i) => i.message)).toEqual(['title: expected text (a string), got the number 1', 'slides[0].id: is missing (expected text (a string))']);
  });

  it('an unknown layout names the allowed ones', () => {
    expectError(parseDeck('{"schemaVersion":1,"title":"t","slides":[{"id":"a","layout":"globe"}]}'), 'schema', [/^slides\[0\]\.layout: the text "globe" is not one of: title, bluf/]);
  });

  it('unknown fields: kept on a round trip, with a warning for each', () => {
    const bytes = fixture('bad-decks', 'unknown-fields.briefdeck');
    const r = expectDeck(parseDeck(bytes));
    expect(r.warnings).toEqual([expect.stringMatching(/^Unknown field slides\[2\]\.speakerColour is kept/), expect.stringMatching(/^Unknown field reviewStatus is kept/)]);
    const again = JSON.parse(serializeDeck(r.deck));
    expect(again.reviewStatus).toBe('draft');
    expect(again.slides[2].speakerColour).toBe('#aa0000');
    expect(serializeDeck(r.deck)).toBe(bytes.toString('utf8'));
  });

  it('a newer schemaVersion that fits: opened read-only with a warning', () => {
    const r = expectDeck(parseDeck(fixture('bad-decks', 'newer-version.briefdeck')));
    expect(r.readOnly).toBe(true);
    expect(r.deck.schemaVersion).toBe(3);
    expect(r.warnings[0]).toMatch(/newer BriefDeck \(file format 3.*read-only/);
  });

  it('a newer schemaVersion that does not fit: a version error naming the path', () => {
    expectError(parseDeck(fixture('bad-decks', 'newer-version-incompatible.briefdeck')), 'version', [/file format 3/, /slides\[4\]\.layout/]);
  });

  it('an older schemaVersion: migrated in memory, with the version it came from', () => {
    const r = expectDeck(parseDeck(fixture('bad-decks', 'older-version.briefdeck')));
    expect(r.migratedFrom).toBe(0);
    expect(r.readOnly).toBe(false);
    expect(r.deck.schemaVersion).toBe(2);
    expect(r.deck.classification).toEqual({ text: 'SECRET//NOFORN', level: 'secret' });
    expect(r.warnings[0]).toMatch(/converted in memory from file format 0 to 2/);
  });

  it('a schemaVersion older than any migration: a version error', () => {
    expectError(parseDeck('{"schemaVersion":-1,"title":"t","slides":[]}'), 'schema', [/^schemaVersion:/]);
    expectError(parseDeck('{"schemaVersion":"1","title":"t","slides":[]}'), 'schema', [/^schemaVersion: is "1"/]);
  });

  it('input over the size cap: refused before parsing', () => {
    expectError(parseDeck(small, { maxBytes: 1000 }), 'too-large', [/over the 1000 bytes limit/]);
  });

  it('an image data URL over the 2 MiB cap: a schema error naming the path', () => {
    const deck = JSON.parse(small.toString('utf8'));
    deck.slides[0].background = { src: `data:image/png;base64,${'A'.repeat(2 * 1024 * 1024)}` };
    expectError(parseDeck(JSON.stringify(deck)), 'schema', [/^slides\[0\]\.background\.src: image is larger than the 2 MiB cap/]);
  });

  it('asset paths and file URLs in images: a schema error naming the path', () => {
    for (const name of ['asset-path.briefdeck', 'file-url.briefdeck']) {
      expectError(parseDeck(fixture('bad-decks', name)), 'schema', [/^slides\[0\]\.background\.src: image must be an embedded data:image/]);
    }
  });
});

describe('parseDeck: strict JSON details', () => {
  it.each([
    ['{"a":1,}', /line 1, column 8: expected a property name/],
    ['{"a":[1,]}', /line 1, column 9: unexpected '\]' where a value was expected/],
    ["{'a':1}", /expected a property name in double quotes/],
    ['{"a":01}', /expected ',' or '}'/],
    ['{"a":"x\ty"}', /control character U\+0009 inside a string must be escaped/],
    ['{"a":"\\x"}', /'\\x' is not a JSON escape/],
    ['{"a":1} {}', /after the end of the JSON data/],
    ['{"a":1\r\n,"b":}', /line 2, column 6/],
  ])('%s is malformed JSON', (text, message) => {
    expectError(parseDeck(text), 'json', [message]);
  });

  it('decodes escapes like JSON.parse does', () => {
    const text = '{"schemaVersion":1,"title":"\\"q\\" \\\\ \\/ \\n \\u00e7 ğ","slides":[]}';
    expect(expectDeck(parseDeck(text)).deck.title).toBe(JSON.parse(text).title);
  });

  it('a parsed deck equals zod parsing the JSON.parse result for a valid file', () => {
    expect(expectDeck(parseDeck(small)).deck).toEqual(DeckSchema.parse(JSON.parse(small.toString('utf8'))));
  });
});
