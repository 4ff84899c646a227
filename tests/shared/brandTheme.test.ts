/**
 * Theme files and brands: the `.briefdeck-theme` schema (bad colours, fonts, logos and unknown keys refused with a
 * message naming the field), the brand's CSS (only checked values reach it), the logo on every rendered slide, and
 * the apply-theme and review-comment commands.
 */
import { describe, expect, it } from 'vitest';
import { DeckSchema, parseThemeFile, readableOn, serializeThemeFile, ThemeFileError, type Brand, type Deck } from '../../src-shared/deck';
import { addComment, applyTheme, deleteComment, replyToComment, setCommentResolved } from '../../src-shared/commands';
import { brandCss, renderDeckHtml, themeCss } from '../../src-shared/render';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const file = (brand: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'briefdeck-theme', version: 1, base: 'briefing-light', brand: { name: 'Ministry', ...brand }, ...extra });
const deck = (over: Record<string, unknown> = {}): Deck =>
  DeckSchema.parse({ schemaVersion: 2, title: 'Brand', slides: [{ id: 't', layout: 'title', title: 'Opening' }, { id: 'b', layout: 'bullets', title: 'Points', bullets: [{ text: 'One' }] }], ...over });

describe('theme file schema', () => {
  it('reads a good theme file and writes it back the same', () => {
    const text = file({ colours: { accent: '#C8102E', background: '#ffffff' }, headingFont: 'Noto Serif', bodyFont: 'Noto Sans', logo: { src: PNG, width: 1, height: 1, corner: 'bottom-left', alt: 'Ministry logo' }, titleSlide: 'band' });
    const theme = parseThemeFile(text, 'ministry.briefdeck-theme');
    expect(theme.brand.colours.accent).toBe('#C8102E');
    expect(theme.brand.logo?.corner).toBe('bottom-left');
    expect(parseThemeFile(serializeThemeFile(theme.base, theme.brand), 'again')).toEqual(theme);
  });

  for (const bad of ['red', '#fff', '#12345g', '#123456;background:url(https://x.org/a)', '#123456}body{display:none', 'expression(alert(1))', '#1234567', ' #123456', '</style><script>alert(1)</script>']) {
    it(`refuses the colour ${JSON.stringify(bad)} and names the field`, () => {
      expect(() => parseThemeFile(file({ colours: { accent: bad } }), 'bad.briefdeck-theme')).toThrow(ThemeFileError);
      expect(() => parseThemeFile(file({ colours: { accent: bad } }), 'bad.briefdeck-theme')).toThrow(/^bad\.briefdeck-theme is not a valid theme file: brand\.colours\.accent: a colour must be a hex value/);
    });
  }

  it('refuses an unknown colour key, a font outside the bundled set, a logo that is not an embedded picture, and a deck file', () => {
    expect(() => parseThemeFile(file({ colours: { border: '#000000' } }), 't')).toThrow(/brand\.colours/);
    expect(() => parseThemeFile(file({ bodyFont: 'Comic Sans MS' }), 't')).toThrow(/brand\.bodyFont/);
    expect(() => parseThemeFile(file({ logo: { src: 'https://example.org/logo.png', width: 10, height: 10 } }), 't')).toThrow(/brand\.logo\.src: a logo must be an embedded/);
    expect(() => parseThemeFile(file({ logo: { src: 'data:text/html;base64,PHNjcmlwdD4=', width: 10, height: 10 } }), 't')).toThrow(/brand\.logo\.src/);
    expect(() => parseThemeFile(file({}, { base: 'neon' }), 't')).toThrow(/base/);
    expect(() => parseThemeFile(JSON.stringify({ schemaVersion: 2, title: 'A deck', slides: [] }), 'deck.briefdeck')).toThrow('deck.briefdeck is not a BriefDeck theme file (no "format": "briefdeck-theme")');
    expect(() => parseThemeFile('{not json', 'x.briefdeck-theme')).toThrow('x.briefdeck-theme is not a BriefDeck theme file (it is not JSON)');
  });
});

describe('brand CSS and the logo on every slide', () => {
  const brand: Brand = { name: 'Ministry', colours: { accent: '#C8102E', text: '#101010' }, headingFont: 'Noto Serif', logo: { src: PNG, alt: 'Ministry "logo"', width: 1, height: 1, corner: 'top-left' }, titleSlide: 'band' };

  it('sets the colours, the text colour that reads on the accent, the fonts, the logo place and the title-slide band', () => {
    const css = brandCss(brand);
    expect(css).toContain('--bd-accent:#c8102e;--bd-on-accent:#ffffff');
    expect(css).toContain('--bd-text:#101010');
    expect(css).toContain("--bd-font-heading:'BD Noto Serif'");
    expect(css).toMatch(/\.bd-logo\{position:absolute;[^}]*top:36px;left:72px/);
    expect(css).toContain('.bd-slide{padding-top:100px;}');
    expect(css).toContain('.bd-layout-title>.bd-slide{background:var(--bd-accent)');
    expect(themeCss('briefing-dark', brand).endsWith(css)).toBe(true);
    expect(readableOn('#ffd700')).toBe('#000000');
  });

  it('leaves out a colour or font that did not come through the schema (a hand-built brand object)', () => {
    const forged = { ...brand, colours: { accent: 'red;}</style><script>alert(1)</script>', background: '#000000' }, bodyFont: 'Evil;}', headingFont: 'constructor' } as unknown as Brand;
    const css = brandCss(forged);
    for (const bad of ['<script', 'red;', 'Evil', '</style>', 'function', '--bd-font-body', '--bd-font-heading']) expect(css).not.toContain(bad);
    expect(css).toContain('--bd-bg:#000000');
  });

  it('puts the logo, escaped, on every slide, and nothing without a brand', () => {
    const html = renderDeckHtml(deck({ brand }));
    expect(html.match(/<img class="bd-logo" data-corner="top-left" src="data:image\/png;base64,[^"]+" alt="Ministry &quot;logo&quot;">/g)).toHaveLength(2);
    expect(renderDeckHtml(deck())).not.toContain('bd-logo');
    const forged = deck({ brand: { ...brand, logo: { ...brand.logo, src: PNG } } });
    (forged.brand as Brand).logo!.src = 'javascript:alert(1)';
    expect(renderDeckHtml(forged)).not.toContain('bd-logo');
  });
});

describe('apply-theme and review-comment commands', () => {
  const who = { author: 'A. Reviewer', at: '2026-12-08T03:40:00Z' };

  it('applies a theme and removes it', () => {
    const d = deck();
    const themed = applyTheme.perform(d, { base: 'briefing-dark', brand: { name: 'Ministry', colours: {}, titleSlide: 'rule' } });
    expect(themed.theme).toBe('briefing-dark');
    expect(themed.brand?.name).toBe('Ministry');
    const plain = applyTheme.perform(themed, { base: 'briefing-dark', brand: undefined });
    expect('brand' in plain).toBe(false);
    expect(DeckSchema.parse(themed)).toEqual(themed);
  });

  it('adds a comment on a field, replies, resolves and reopens it, deletes it; the deck stays valid', () => {
    let d = addComment.perform(deck(), { ...who, id: 'c1', slideId: 'b', field: 'bullets[0]', text: 'Source this claim.' });
    expect(d.comments).toEqual([{ id: 'c1', slideId: 'b', field: 'bullets[0]', text: 'Source this claim.', replies: [], resolved: false, ...who }]);
    expect(addComment.perform(d, { ...who, id: 'c2', slideId: 'missing', text: 'x' })).toBe(d);
    expect(addComment.perform(d, { ...who, id: 'c2', slideId: 'b', text: '   ' })).toBe(d);
    d = replyToComment.perform(d, { ...who, author: 'Analyst', commentId: 'c1', id: 'r1', text: 'Added the citation.' });
    d = setCommentResolved.perform(d, { ...who, id: 'c1', resolved: true });
    expect(d.comments?.[0]).toMatchObject({ resolved: true, resolvedBy: 'A. Reviewer', resolvedAt: who.at, replies: [{ id: 'r1', author: 'Analyst', text: 'Added the citation.' }] });
    expect(DeckSchema.parse(d)).toEqual(d);
    d = setCommentResolved.perform(d, { ...who, id: 'c1', resolved: false });
    expect(d.comments?.[0].resolved).toBe(false);
    expect(d.comments?.[0].resolvedBy).toBeUndefined();
    d = deleteComment.perform(d, { id: 'c1' });
    expect('comments' in d).toBe(false);
  });

  it('an old deck without comments or brand stays valid', () => {
    const d = deck();
    expect(d.comments).toBeUndefined();
    expect(d.brand).toBeUndefined();
  });
});
