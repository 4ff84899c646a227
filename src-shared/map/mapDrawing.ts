import { geoInterpolate } from 'd3-geo';
import type { MapColour, MapSpec, ThemeId } from '../deck';
import { findCountry, mapBase, type MapBase } from './mapGeometry';
import { mapLabelsFor } from './mapLabels';
import { mapPaletteFor, type MapPalette } from './mapPalette';
import { placePointLabels } from './pointLabels';

/** The map's frame in px at the slide's scale: the body of a 1280×720 slide under its title, less the source line. */
export const MAP_FRAME = { width: 1136, height: 456 } as const;

/** How a map is drawn: the frame, the deck's theme, language and direction, and whether text goes into the SVG. */
export interface MapDrawOptions {
  width?: number;
  height?: number;
  theme: ThemeId;
  language: string;
  direction: 'ltr' | 'rtl';
  /**
   * Write the labels, legend and caption into the SVG as `<text>` (default true). The PPTX export draws them as
   * PowerPoint text boxes over a picture of the rest, so it asks for the shapes alone and places `labels` itself.
   */
  text?: boolean;
}

/** One piece of text on the map, placed in frame px (x at the anchor, y at the baseline). */
export interface MapTextItem {
  role: 'point' | 'line' | 'legend' | 'caption';
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Font size, px. */
  size: number;
  bold: boolean;
}

/** A legend row: the swatch colour (hex) and the role it stands for. */
export interface MapLegendEntry {
  role: string;
  colour: string;
}

/** The drawn map: the SVG document (one `<svg>` element), its size, every text item and the legend's box. */
export interface MapDrawing {
  svg: string;
  width: number;
  height: number;
  labels: MapTextItem[];
  legend: { x: number; y: number; width: number; height: number; entries: MapLegendEntry[] } | null;
}

const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for SVG content or a quoted attribute (user strings never become markup). */
function xml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => XML_ENTITY[c]);
}

const POINT_SIZE = 17;
const LINE_SIZE = 15;
const LEGEND_SIZE = 15;
const CAPTION_SIZE = 11;
const LEGEND_ROW = 24;

/** A rough width of text in px (no font metrics without a DOM): used only to size the legend box. */
function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.56);
}

/** Distinct roles with their colours, in the order the highlights list them; highlights without a role are not listed. */
function legendEntries(spec: MapSpec, palette: MapPalette): MapLegendEntry[] {
  const seen = new Set<string>();
  const out: MapLegendEntry[] = [];
  for (const h of spec.highlights) {
    const role = h.role.trim();
    const key = `${role}\u0000${h.colour}`;
    if (role === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ role, colour: palette.highlight[h.colour as MapColour] ?? palette.highlight.accent });
  }
  return out;
}

/** The fill of every highlighted country, by data id or name (the first highlight of a country wins). */
function highlightFills(spec: MapSpec, palette: MapPalette): Map<string, string> {
  const fills = new Map<string, string>();
  for (const h of spec.highlights) {
    const c = findCountry(h.country);
    if (!c) continue;
    const key = `${c.id}|${c.name}`;
    if (!fills.has(key)) fills.set(key, palette.highlight[h.colour as MapColour] ?? palette.highlight.accent);
  }
  return fills;
}

function arrowHead(base: MapBase, from: [number, number], to: [number, number]): string {
  const near = geoInterpolate(from, to)(0.96);
  const [x2, y2] = base.project(to[0], to[1]);
  const [x1, y1] = base.project(near[0], near[1]);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const r = (n: number) => Math.round(n * 10) / 10;
  const bx = x2 - ux * 14;
  const by = y2 - uy * 14;
  return `M${r(x2)},${r(y2)}L${r(bx - uy * 6)},${r(by + ux * 6)}L${r(bx + uy * 6)},${r(by - ux * 6)}Z`;
}

function textSvg(t: MapTextItem, palette: MapPalette, rtl: boolean): string {
  const weight = t.bold ? ' font-weight="700"' : '';
  const fill = t.role === 'caption' ? palette.muted : palette.text;
  const halo = t.role === 'point' || t.role === 'line' ? ` stroke="${palette.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"` : '';
  const dir = rtl ? ' direction="rtl"' : '';
  return `<text x="${t.x}" y="${t.y}" font-size="${t.size}" text-anchor="${t.anchor}" fill="${fill}"${weight}${halo}${dir}>${xml(t.text)}</text>`;
}

/**
 * Draws a locator map as one SVG element (`viewBox="0 0 W H"`, no script, no external reference): water, the
 * data's countries (theme land colour, white or dark borders), highlighted countries in their palette colours,
 * lines along great circles (an arrowhead at `to` when asked), labelled points (a dot and a haloed label beside it,
 * moved to a free side when it would cover another: `placePointLabels`), the legend of roles in the top end corner (the extent is fitted beside
 * it), and a caption naming the data set and version in the bottom start corner. Every user string is escaped. Countries the data does not know
 * are skipped (the editor reports them: see mapProblems).
 * @throws MapExtentError when the extent cannot be drawn.
 */
export function drawMap(spec: MapSpec, options: MapDrawOptions): MapDrawing {
  const width = options.width ?? MAP_FRAME.width;
  const height = options.height ?? MAP_FRAME.height;
  const palette = mapPaletteFor(options.theme);
  const rtl = options.direction === 'rtl';
  const words = mapLabelsFor(options.language);
  const entries = spec.legend ? legendEntries(spec, palette) : [];
  const legendW = entries.length === 0 ? 0 : Math.min(Math.round(width * 0.4), 44 + Math.max(textWidth(words.legend, LEGEND_SIZE), ...entries.map((e) => textWidth(e.role, LEGEND_SIZE))));
  // The legend sits at the end side (right in LTR, left in RTL); the extent is fitted beside it, not under it.
  const room = legendW === 0 ? 0 : legendW + 24;
  const base = mapBase(spec.extent, width, height, rtl ? { left: room, right: 0 } : { left: 0, right: room });
  const fills = highlightFills(spec, palette);
  const labels: MapTextItem[] = [];
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${palette.water}"/>`];
  parts.push(`<g fill="${palette.land}" stroke="${palette.border}" stroke-width="0.8" stroke-linejoin="round">`);
  for (const c of base.countries) {
    const fill = fills.get(`${c.id}|${c.name}`);
    parts.push(`<path${fill ? ` fill="${fill}"` : ''} data-country="${xml(c.name)}" d="${c.d}"/>`);
  }
  parts.push('</g>');
  for (const line of spec.lines) {
    const from: [number, number] = [line.from.lon, line.from.lat];
    const to: [number, number] = [line.to.lon, line.to.lat];
    const d = base.pathOf({ type: 'LineString', coordinates: [from, to] });
    if (d === '') continue;
    parts.push(`<path d="${d}" fill="none" stroke="${palette.line}" stroke-width="3" stroke-dasharray="${line.arrow ? 'none' : '8 5'}" stroke-linecap="round"/>`);
    if (line.arrow) parts.push(`<path d="${arrowHead(base, from, to)}" fill="${palette.line}"/>`);
    const mid = geoInterpolate(from, to)(0.5);
    const [mx, my] = base.project(mid[0], mid[1]);
    if (line.label.trim() !== '') labels.push({ role: 'line', text: line.label.trim(), x: mx, y: Math.round(my - 10), anchor: 'middle', size: LINE_SIZE, bold: false });
  }
  const shownPoints = spec.points.flatMap((p) => {
    const [x, y] = base.project(p.lon, p.lat);
    return x >= 0 && x <= width && y >= 0 && y <= height ? [{ x, y, text: p.label.trim() }] : [];
  });
  for (const { x, y } of shownPoints) parts.push(`<circle cx="${x}" cy="${y}" r="5" fill="${palette.text}" stroke="${palette.halo}" stroke-width="2"/>`);
  let legend: MapDrawing['legend'] = null;
  if (entries.length > 0) {
    const boxW = legendW;
    const boxH = 16 + LEGEND_ROW * (entries.length + 1);
    const x0 = rtl ? 12 : width - 12 - boxW;
    legend = { x: x0, y: 12, width: boxW, height: boxH, entries };
    parts.push(`<rect x="${x0}" y="12" width="${boxW}" height="${boxH}" rx="4" fill="${palette.halo}" fill-opacity="0.9" stroke="${palette.muted}" stroke-width="0.8"/>`);
    const textX = rtl ? x0 + boxW - 12 : x0 + 12;
    labels.push({ role: 'legend', text: words.legend, x: textX, y: 12 + 8 + 17, anchor: 'start', size: LEGEND_SIZE, bold: true });
    entries.forEach((e, i) => {
      const y = 12 + 8 + LEGEND_ROW * (i + 1);
      const sx = rtl ? x0 + boxW - 12 - 16 : x0 + 12;
      parts.push(`<rect x="${sx}" y="${y + 4}" width="16" height="16" fill="${e.colour}" stroke="${palette.muted}" stroke-width="0.6"/>`);
      labels.push({ role: 'legend', text: e.role, x: rtl ? sx - 8 : sx + 24, y: y + 17, anchor: 'start', size: LEGEND_SIZE, bold: false });
    });
  }
  // Point labels last but one: they keep clear of each other, of every dot and of the legend (pointLabels.ts).
  const named = shownPoints.filter((p) => p.text !== '');
  const taken = legend ? [{ x0: legend.x, y0: legend.y, x1: legend.x + legend.width, y1: legend.y + legend.height }] : [];
  const placed = placePointLabels(named, { size: POINT_SIZE, rtl, frame: { width, height }, taken, widthOf: (t) => textWidth(t, POINT_SIZE) * 1.06 });
  named.forEach((p, i) => labels.push({ role: 'point', text: p.text, ...placed[i], size: POINT_SIZE, bold: true }));
  labels.push({ role: 'caption', text: words.caption, x: rtl ? width - 8 : 8, y: height - 8, anchor: 'start', size: CAPTION_SIZE, bold: false });
  if (options.text !== false) {
    parts.push(`<g class="bd-map-text">${labels.map((t) => textSvg(t, palette, rtl)).join('')}</g>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="bd-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="presentation" focusable="false">${parts.join('')}</svg>`;
  return { svg, width, height, labels, legend };
}
