import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { defaultTemplatesDir, findTemplatesDirFrom, resolveTemplatesDir } from '../../src-main/services/templates/defaultTemplatesDir';
import { loadTemplateLibrary } from '../../src-main/services/templates/templateLibrary';
import { templateListing } from '../../src-shared/templates';
import { createTemplateService } from '../../src-main/services/templates/templateService';
import { ServiceFailure } from '../../src-main/services/ports/serviceTypes';

const REPO = resolve(__dirname, '../..');
const TEMPLATES = join(REPO, 'templates');
const temps: string[] = [];
function copyLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-templates-'));
  temps.push(dir);
  cpSync(TEMPLATES, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadTemplateLibrary', () => {
  it('loads every built-in template and the article map without errors, full briefing first', async () => {
    const lib = await loadTemplateLibrary(TEMPLATES);
    expect(lib.errors).toEqual([]);
    expect(lib.argumentMaps.map((m) => m.source.id)).toEqual(['mei-2023-turkey-iran']);
    expect(lib.templates.map((t) => t.id)).toEqual([
      'full-briefing', 'five-minute-bluf', 'ankara-vs-tehran', 'timeline-oct-nov-2023', 'drivers-vs-limits', 'actors-and-alignments', 'indicators-to-watch',
    ]);
    const summary = templateListing(lib.templates[0], lib.argumentMaps);
    expect(summary.argumentTitles).toContain('Limits to an axis');
  });

  it('reports bad template files by name with the JSON path, and still loads the others', async () => {
    const dir = copyLibrary();
    const bad = JSON.parse(readFileSync(join(dir, 'five-minute-bluf.json'), 'utf8'));
    bad.id = 'bad-paragraph';
    bad.deck.slides[1].judgments[0].citations[0].paragraphs = [20];
    writeFileSync(join(dir, 'bad-paragraph.json'), JSON.stringify(bad));
    const wrongType = { ...bad, id: 'wrong-type', deck: { ...bad.deck, slides: [{ ...bad.deck.slides[0], title: 42 }] } };
    writeFileSync(join(dir, 'wrong-type.json'), JSON.stringify(wrongType));
    writeFileSync(join(dir, 'truncated.json'), '{"id": "truncated", "name": ');
    writeFileSync(join(dir, 'proto.json'), '{"__proto__": {"polluted": true}}');
    writeFileSync(join(dir, 'not-utf8.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    writeFileSync(join(dir, 'renamed.json'), readFileSync(join(dir, 'drivers-vs-limits.json')));

    const lib = await loadTemplateLibrary(dir);
    const byFile = Object.fromEntries(lib.errors.map((e) => [e.file, e.message]));
    expect(Object.keys(byFile).sort()).toEqual(['bad-paragraph.json', 'not-utf8.json', 'proto.json', 'renamed.json', 'truncated.json', 'wrong-type.json']);
    expect(byFile['bad-paragraph.json']).toMatch(/deck\.slides\[1\]\.judgments\[0\]\.citations\[0\]\.paragraphs\[0\]: paragraph 20 is beyond the source's 19/);
    expect(byFile['wrong-type.json']).toMatch(/^deck\.slides\[0\]\.title: /);
    expect(byFile['truncated.json']).toMatch(/line 1/);
    expect(byFile['proto.json']).toMatch(/__proto__/);
    expect(byFile['not-utf8.json']).toMatch(/not UTF-8.*offset 1/);
    expect(byFile['renamed.json']).toMatch(/^id: "drivers-vs-limits" (does not match the file name|is already used)/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(lib.templates).toHaveLength(7);
  });

  it('reports a bad argument map by its path; templates that need it are reported, not loaded', async () => {
    const dir = copyLibrary();
    const file = join(dir, 'arguments', 'mei-2023-turkey-iran.json');
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.arguments[0].facts[0].date = 'October';
    writeFileSync(file, JSON.stringify(map));
    const lib = await loadTemplateLibrary(dir);
    expect(lib.argumentMaps).toEqual([]);
    expect(lib.errors[0]).toEqual({ file: 'arguments/mei-2023-turkey-iran.json', message: expect.stringMatching(/^arguments\[0\]\.facts\[0\]\.date: date must be ISO 8601/) });
    expect(lib.errors.map((e) => e.file)).toContain('full-briefing.json');
    expect(lib.templates).toEqual([]);
  });

  it('gives an empty library for a folder that does not exist', async () => {
    expect(await loadTemplateLibrary(join(tmpdir(), 'no-such-briefdeck-dir'))).toEqual({ templates: [], argumentMaps: [], errors: [] });
  });
});

describe('defaultTemplatesDir', () => {
  it('finds the repository templates from source and from the bundle folder out/main', () => {
    expect(defaultTemplatesDir()).toBe(TEMPLATES);
    expect(findTemplatesDirFrom(join(REPO, 'out', 'main'))).toBe(TEMPLATES);
    expect(findTemplatesDirFrom(tmpdir())).toBeUndefined();
  });

  it('development: from the source folder, then from the working directory', () => {
    expect(resolveTemplatesDir({ moduleDir: join(REPO, 'src-main', 'services', 'templates'), cwd: tmpdir() })).toBe(TEMPLATES);
    expect(resolveTemplatesDir({ moduleDir: tmpdir(), cwd: join(REPO, 'tests') })).toBe(TEMPLATES);
    expect(() => resolveTemplatesDir({ moduleDir: tmpdir(), cwd: tmpdir() })).toThrow(/No templates folder \(templates\/arguments\/\) found above .* set BRIEFDECK_TEMPLATES_DIR/);
  });

  it('packaged app: <resources>/templates only, never a folder found by walking up', () => {
    const resources = mkdtempSync(join(tmpdir(), 'briefdeck-resources-'));
    temps.push(resources);
    // The packaged main bundle sits in <resources>/app.asar/out/main; the repository's templates are not looked at.
    const moduleDir = join(REPO, 'out', 'main');
    expect(() => resolveTemplatesDir({ packagedResourcesPath: resources, moduleDir, cwd: REPO })).toThrow(`The installed app has no templates folder at ${join(resources, 'templates')}`);
    cpSync(TEMPLATES, join(resources, 'templates'), { recursive: true });
    expect(resolveTemplatesDir({ packagedResourcesPath: resources, moduleDir, cwd: REPO })).toBe(join(resources, 'templates'));
  });

  it('BRIEFDECK_TEMPLATES_DIR wins in development and in the packaged app', () => {
    const dir = copyLibrary();
    expect(resolveTemplatesDir({ envDir: dir, moduleDir: REPO, cwd: REPO })).toBe(dir);
    expect(resolveTemplatesDir({ envDir: dir, packagedResourcesPath: tmpdir(), cwd: REPO })).toBe(dir);
  });

  it('defaultTemplatesDir: packaged reads process.resourcesPath; unpackaged ignores it (Electron sets it in development too)', () => {
    const resources = mkdtempSync(join(tmpdir(), 'briefdeck-resources-'));
    temps.push(resources);
    cpSync(TEMPLATES, join(resources, 'templates'), { recursive: true });
    const proc = process as { resourcesPath?: string };
    proc.resourcesPath = resources;
    try {
      expect(defaultTemplatesDir({ packaged: true })).toBe(join(resources, 'templates'));
      expect(defaultTemplatesDir({ packaged: false })).toBe(TEMPLATES);
      expect(defaultTemplatesDir()).toBe(TEMPLATES);
    } finally {
      delete proc.resourcesPath;
    }
    expect(() => defaultTemplatesDir({ packaged: true })).toThrow(/without process\.resourcesPath/);
  });

  it('the built CLI finds the templates from its bundle folder, whatever the working directory', () => {
    const cli = join(REPO, 'out', 'main', 'cli.js');
    if (!existsSync(cli)) spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'ignore' });
    const env = { ...process.env };
    delete env.BRIEFDECK_TEMPLATES_DIR;
    const r = spawnSync(process.execPath, [join(REPO, 'bin', 'briefdeck.cjs'), 'templates'], { cwd: tmpdir(), encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^full-briefing\s/m);
  }, 180_000);

  it('honours BRIEFDECK_TEMPLATES_DIR', () => {
    const dir = copyLibrary();
    process.env.BRIEFDECK_TEMPLATES_DIR = dir;
    try {
      expect(defaultTemplatesDir()).toBe(dir);
    } finally {
      delete process.env.BRIEFDECK_TEMPLATES_DIR;
    }
  });
});

describe('createTemplateService', () => {
  it('lists gallery cards with argument titles and a one-slide thumbnail deck', async () => {
    const cards = await createTemplateService(TEMPLATES).list();
    expect(cards).toHaveLength(7);
    const full = cards[0];
    expect(full).toMatchObject({ id: 'full-briefing', name: 'Full briefing', estimatedMinutes: 20 });
    expect(full.arguments).toContainEqual({ id: 'south-caucasus', title: 'South Caucasus: Zangezur and the 3+3 format' });
    expect(DeckSchema.parse(full.thumbnailDeck).slides.map((s) => s.layout)).toEqual(['title']);
  });

  it('instantiates a template as a new dated deck, and refuses unknown or broken ids', async () => {
    const dir = copyLibrary();
    writeFileSync(join(dir, 'broken.json'), '{');
    const errors: string[] = [];
    const service = createTemplateService(dir, { now: () => new Date(2023, 10, 15), onLoadErrors: (e) => errors.push(...e.map((x) => x.file)) });
    const deck = await service.instantiate('full-briefing');
    expect(DeckSchema.parse(deck)).toEqual(deck);
    expect(deck.date).toBe('2023-11-15');
    expect(deck.sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran']);
    await expect(service.instantiate('nope')).rejects.toBeInstanceOf(ServiceFailure);
    await expect(service.instantiate('broken')).rejects.toThrow(/Template "broken" did not load/);
    expect(errors).toEqual(['broken.json']);
    expect((await service.argumentMaps())[0].arguments).toHaveLength(9);
  });
});
