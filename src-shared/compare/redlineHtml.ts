import { CLASSIFICATION_LEVELS, type Deck } from '../deck';
import { CLASSIFICATION_COLOURS, classificationBannerHtml, tlpToken } from '../render/markup/classificationBanner';
import { escapeHtml } from '../render/markup/escapeHtml';
import { effectiveBanner, type EffectiveBanner } from '../tradecraft/markingChecks';
import { TLP_COLOURS, TLP_LABELS } from '../tradecraft/portionMarks';
import { slideStatements } from '../tradecraft/statements';
import { comparisonSummaryText } from './comparisonReport';
import type { DeckComparison, SlideComparison } from './comparisonTypes';
import { standText } from './standText';
import type { DiffRun } from './wordDiff';

type DeckContent = Pick<Deck, 'title' | 'slides' | 'sources' | 'classification' | 'marking' | 'language'>;

/**
 * The banner of a redline, which shows text of both decks: the effective banner (markingChecks.effectiveBanner) of
 * the two decks' slides together, under the newer deck's marking scheme and the higher of their typed banners (the
 * newer's when they are level), so a portion that only the older version held still raises the banner.
 */
export function redlineBanner(before: DeckContent, after: DeckContent): EffectiveBanner {
  const rank = (d: DeckContent) => CLASSIFICATION_LEVELS.indexOf(d.classification.level);
  const typed = rank(before) > rank(after) ? before.classification : after.classification;
  return effectiveBanner({ slides: [...before.slides, ...after.slides], classification: typed, marking: after.marking });
}

/** The banner colours of every level and TLP label, as the print document has them (CLASSIFICATION_COLOURS, TLP 2.0). */
function bannerCss(): string {
  const levels = Object.entries(CLASSIFICATION_COLOURS).map(([level, c]) => (c ? `.bd-level-${level}{background:${c.background};color:${c.text}}` : ''));
  const tlp = TLP_LABELS.map((label) => `.bd-tlp-${tlpToken(label)}{background:#000;color:${TLP_COLOURS[label]}}`);
  return `.bd-banner{position:absolute;left:0;right:0;height:30px;line-height:30px;text-align:center;font-weight:700;font-size:16px;letter-spacing:.04em}.bd-banner-top{top:0}.bd-banner-bottom{bottom:0}${levels.join('')}${tlp.join('')}`;
}

function runsHtml(runs: readonly DiffRun[]): string {
  return runs.map((r) => (r.op === 'equal' ? escapeHtml(r.text) : r.op === 'delete' ? `<del>${escapeHtml(r.text)}</del>` : `<ins>${escapeHtml(r.text)}</ins>`)).join('');
}

/** One changed slide's page: every statement of the newer slide (reworded words marked), then what was removed. */
function slidePage(s: SlideComparison, before: DeckContent, after: DeckContent, labels: { before: string; after: string }, bannerSlot: string): string {
  const ref = (s.after ?? s.before)!;
  const where =
    s.status === 'added'
      ? `added as slide ${s.after!.index + 1}`
      : s.status === 'removed'
        ? `removed (was slide ${s.before!.index + 1})`
        : `slide ${s.before!.index + 1}${s.before!.index !== s.after!.index ? ` → ${s.after!.index + 1}` : ''}${s.moved ? ', moved' : ''}${s.layoutChanged ? `, layout ${s.before!.layout} → ${s.after!.layout}` : ''}`;
  const items: string[] = [];
  if (s.status === 'added' || s.status === 'removed') {
    const slide = s.status === 'added' ? after.slides[s.after!.index] : before.slides[s.before!.index];
    const tag = s.status === 'added' ? 'ins' : 'del';
    for (const st of slideStatements(slide, 0)) items.push(`<li><span class="label">${escapeHtml(st.label)}</span> <${tag}>${escapeHtml(st.text)}</${tag}></li>`);
  } else {
    const byField = new Map(s.text.filter((t) => t.change !== 'removed').map((t) => [t.field, t]));
    const judgments = new Map(s.judgments.map((j) => [j.field, j]));
    for (const st of slideStatements(after.slides[s.after!.index], s.after!.index)) {
      const t = byField.get(st.field);
      const text = t?.runs ? runsHtml(t.runs) : t?.change === 'added' ? `<ins>${escapeHtml(st.text)}</ins>` : escapeHtml(st.text);
      const j = judgments.get(st.field);
      const stand = j ? `<div class="stand"><del>${escapeHtml(standText(j.from))}</del> → <ins>${escapeHtml(standText(j.to))}</ins></div>` : '';
      items.push(`<li${t || j ? ' class="changed"' : ''}><span class="label">${escapeHtml(st.label)}</span> ${text}${stand}</li>`);
    }
    for (const t of s.text) {
      if (t.change === 'removed') items.push(`<li class="changed"><span class="label">${escapeHtml(t.label)}</span> <del>${escapeHtml(t.before ?? '')}</del></li>`);
      if (t.field === 'notes') items.push(`<li class="changed"><span class="label">speaker notes</span> ${t.runs ? runsHtml(t.runs) : ''}</li>`);
    }
    for (const c of s.citations) {
      const tag = c.change === 'added' ? 'ins' : 'del';
      items.push(`<li class="changed"><span class="label">citation (${escapeHtml(c.label)})</span> <${tag}>${escapeHtml(`${c.sourceId} ¶${c.paragraphs.join(', ')}`)}</${tag}></li>`);
    }
  }
  return `<section class="page">${bannerSlot}<p class="head">${escapeHtml(labels.before)} → ${escapeHtml(labels.after)} · ${escapeHtml(where)}</p><h1>${escapeHtml(ref.title || ref.layout)}</h1><ul>${items.join('')}</ul></section>`;
}

/**
 * A redline of two decks as one printable HTML document (1280×720 px pages, no script, no external resource): a
 * summary page (the counts, the judgments moved, the sources added and dropped), then one page per slide that is not
 * the same, its statements with deleted words struck through in red and inserted words underlined in green, its
 * judgments from what to what. Every page carries the classification banner at its top and bottom (`redlineBanner`:
 * the redline holds text of both decks). Every deck string is escaped. `labels` name the two sides ("v1", "now").
 */
export function redlineHtml(before: DeckContent, after: DeckContent, cmp: DeckComparison, labels: { before: string; after: string }): string {
  const s = cmp.summary;
  const banner = redlineBanner(before, after);
  const bannerSlot = `${classificationBannerHtml(banner, 'top')}${classificationBannerHtml(banner, 'bottom')}`;
  const summary =
    `<section class="page">${bannerSlot}<p class="head">Redline</p><h1>${escapeHtml(after.title)}: ${escapeHtml(labels.before)} → ${escapeHtml(labels.after)}</h1>` +
    `<p>${escapeHtml(comparisonSummaryText(s))}.</p>` +
    `<ul>${cmp.judgments.map((j) => `<li><span class="label">${escapeHtml(j.slideTitle || j.slideId)}, ${escapeHtml(j.label)}</span> ${escapeHtml(j.text)}<div class="stand"><del>${escapeHtml(standText(j.from))}</del> → <ins>${escapeHtml(standText(j.to))}</ins></div></li>`).join('')}` +
    `${cmp.sources.added.map((x) => `<li><span class="label">source added</span> <ins>${escapeHtml(x.title || x.id)}</ins></li>`).join('')}` +
    `${cmp.sources.dropped.map((x) => `<li><span class="label">source dropped</span> <del>${escapeHtml(x.title || x.id)}</del></li>`).join('')}</ul></section>`;
  const pages = cmp.slides.filter((x) => x.status !== 'same').map((x) => slidePage(x, before, after, labels, bannerSlot));
  const css =
    '@page{size:1280px 720px;margin:0}html,body{margin:0}body{font-family:sans-serif;color:#1b1f24}' +
    '.page{position:relative;box-sizing:border-box;width:1280px;height:720px;padding:52px 64px 44px;overflow:hidden;break-after:page}' +
    '.head{color:#596372;font-size:18px;margin:0 0 8px}h1{font-size:34px;margin:0 0 20px;color:#12263f}ul{font-size:22px;line-height:1.35;padding-left:1.2em}' +
    'li{margin-bottom:8px}li.changed{border-left:4px solid #1f4e79;padding-left:8px;list-style:none;margin-left:-12px}.label{color:#596372;font-size:.8em}' +
    'del{color:#a11;text-decoration:line-through}ins{color:#11602d;text-decoration:underline}del+ins{margin-left:.3em}.stand{font-size:.85em}' +
    bannerCss();
  return `<!DOCTYPE html><html lang="${escapeHtml(after.language)}" data-bd-print-ready="true"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(after.title)} redline</title><style>${css}</style></head><body>${summary}${pages.join('')}</body></html>`;
}
