import { BRAND_FONTS, LOGO_CORNERS, TITLE_SLIDE_STYLES, type Brand, type Deck } from '../../src-shared/deck';
import { applyTheme } from '../../src-shared/commands';
import { api, isIpcFailure } from '../api';
import { choosePicture } from '../editor/pictures/pictureImport';
import { editorStore, useEditor } from '../store';
import { PanelHead } from '../app/panes/PanelHead';

const COLOUR_NAMES: [keyof Brand['colours'], string][] = [['background', 'Background'], ['text', 'Text'], ['heading', 'Headings'], ['accent', 'Accent']];
const CORNER_NAMES: Record<(typeof LOGO_CORNERS)[number], string> = { 'top-left': 'Top left', 'top-right': 'Top right', 'bottom-left': 'Bottom left', 'bottom-right': 'Bottom right' };
const TITLE_NAMES: Record<(typeof TITLE_SLIDE_STYLES)[number], string> = { plain: 'As the theme', band: 'Accent colour band', rule: 'Accent rule at the edge' };
const NEW_BRAND: Brand = { name: 'Organisation', colours: {}, titleSlide: 'plain' };

function setBrand(deck: Deck, brand: Brand | undefined, mergeKey?: string): void {
  editorStore.getState().dispatch(applyTheme, { base: deck.theme, brand }, mergeKey ? { mergeKey } : undefined);
}

async function applyThemeFile(): Promise<void> {
  const r = await api().openThemeFile({});
  const store = editorStore.getState();
  if (isIpcFailure(r)) return void store.showAlert('error', r.error.message);
  if ('canceled' in r) return;
  store.dispatch(applyTheme, { base: r.theme.base, brand: r.theme.brand });
  store.showAlert('info', `Theme "${r.theme.brand.name}" applied from ${r.name}`);
}

async function saveThemeFile(deck: Deck, brand: Brand): Promise<void> {
  const r = await api().saveThemeFile({ base: deck.theme, brand });
  const store = editorStore.getState();
  if (isIpcFailure(r)) return void store.showAlert('error', r.error.message);
  if ('canceled' in r) return;
  store.showAlert('info', `Theme saved as ${r.path.split(/[\\/]/).pop()}`);
}

async function chooseLogo(deck: Deck, brand: Brand): Promise<void> {
  const outcome = await choosePicture();
  if ('error' in outcome) return void editorStore.getState().showAlert('error', outcome.error);
  if ('canceled' in outcome) return;
  const { src, width, height } = outcome.picture;
  setBrand(deck, { ...brand, logo: { src, width, height, alt: brand.logo?.alt ?? `${brand.name} logo`, corner: brand.logo?.corner ?? 'top-right' } });
}

/**
 * The Theme panel: apply a shared `.briefdeck-theme` file to the deck, or build the deck's brand here (name,
 * colours, heading and body fonts from the bundled set, a logo from the picture import in a chosen corner, the
 * title-slide style) and save it as a theme file for the team. Every change is one undo step (typing: one burst).
 */
export function ThemePanel() {
  const deck = useEditor((s) => s.deck);
  if (!deck) return null;
  const brand = deck.brand;
  return (
    <section className="pane th-panel" aria-labelledby="th-title">
      <PanelHead id="th-title" name="Theme" panel="theme" />
      <div className="pane-body th-body">
        <div className="th-actions">
          <button type="button" className="icon-btn" onClick={() => void applyThemeFile()}>Apply theme file…</button>
          <button type="button" className="icon-btn" disabled={!brand} onClick={() => brand && void saveThemeFile(deck, brand)}>Save theme file…</button>
          {brand ? (
            <button type="button" className="icon-btn" onClick={() => setBrand(deck, undefined)}>Remove brand</button>
          ) : (
            <button type="button" className="icon-btn" onClick={() => setBrand(deck, NEW_BRAND)}>Add a brand</button>
          )}
        </div>
        {brand ? (
          <div className="th-fields">
            <label>Theme name <input value={brand.name} onChange={(e) => e.target.value.trim() !== '' && setBrand(deck, { ...brand, name: e.target.value }, 'brand:name')} /></label>
            {COLOUR_NAMES.map(([key, label]) => (
              <div key={key} className="th-colour">
                <label>
                  {label}{' '}
                  <input type="color" value={brand.colours[key] ?? '#000000'} onChange={(e) => setBrand(deck, { ...brand, colours: { ...brand.colours, [key]: e.target.value } }, `brand:${key}`)} />
                </label>
                {brand.colours[key] ? (
                  <button type="button" className="icon-btn" aria-label={`Use the theme's ${label.toLowerCase()} colour`} onClick={() => { const colours = { ...brand.colours }; delete colours[key]; setBrand(deck, { ...brand, colours }); }}>Theme's</button>
                ) : <span className="th-note">theme's</span>}
              </div>
            ))}
            {(['headingFont', 'bodyFont'] as const).map((key) => (
              <label key={key}>
                {key === 'headingFont' ? 'Heading font' : 'Body font'}{' '}
                <select value={brand[key] ?? ''} onChange={(e) => { const next = { ...brand }; if (e.target.value) next[key] = e.target.value as Brand['headingFont']; else delete next[key]; setBrand(deck, next); }}>
                  <option value="">As the theme</option>
                  {BRAND_FONTS.map((f) => <option key={f} value={f}>{f}</option>)}
                </select>
              </label>
            ))}
            <label>
              Title slide{' '}
              <select value={brand.titleSlide} onChange={(e) => setBrand(deck, { ...brand, titleSlide: e.target.value as Brand['titleSlide'] })}>
                {TITLE_SLIDE_STYLES.map((t) => <option key={t} value={t}>{TITLE_NAMES[t]}</option>)}
              </select>
            </label>
            <div className="th-logo">
              {brand.logo ? <img src={brand.logo.src} alt={brand.logo.alt} className="th-logo-preview" /> : <span className="th-note">No logo</span>}
              <button type="button" className="icon-btn" onClick={() => void chooseLogo(deck, brand)}>{brand.logo ? 'Replace logo…' : 'Choose logo…'}</button>
              {brand.logo ? <button type="button" className="icon-btn" onClick={() => { const next = { ...brand }; delete next.logo; setBrand(deck, next); }}>Remove logo</button> : null}
            </div>
            {brand.logo ? (
              <>
                <label>
                  Logo corner{' '}
                  <select value={brand.logo.corner} onChange={(e) => brand.logo && setBrand(deck, { ...brand, logo: { ...brand.logo, corner: e.target.value as (typeof LOGO_CORNERS)[number] } })}>
                    {LOGO_CORNERS.map((c) => <option key={c} value={c}>{CORNER_NAMES[c]}</option>)}
                  </select>
                </label>
                <label>Logo alt text <input value={brand.logo.alt} maxLength={300} onChange={(e) => brand.logo && setBrand(deck, { ...brand, logo: { ...brand.logo, alt: e.target.value } }, 'brand:logo-alt')} /></label>
              </>
            ) : null}
          </div>
        ) : (
          <p className="th-note">The deck uses the bundled theme as it is. Apply a theme file your team shares, or add a brand of your own.</p>
        )}
      </div>
    </section>
  );
}
