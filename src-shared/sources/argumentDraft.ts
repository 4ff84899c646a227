import { ArgumentSchema, type Argument, type Stance } from './argumentMap';
import { normalizeParagraphs } from './paragraphs';
import { PartialIsoDate } from './sourceRecord';

/**
 * The argument map as the argument-map editor holds it while the user types: every field a string (or a list of
 * paragraph numbers), nothing validated yet. `argumentsFromDrafts` turns it into `Argument[]` or says, per field,
 * what is missing. `key` is the editor's stable React key; `id` the item's id once it has one (kept on save, so
 * citations naming a claim id keep pointing at it).
 */
export type DraftItemKind = 'claims' | 'facts' | 'counterpoints';
export const DRAFT_ITEM_KINDS: readonly DraftItemKind[] = ['claims', 'facts', 'counterpoints'];

/** A claim, fact or counterpoint being edited. `date` is used by facts only; `stance` '' is "not recorded". */
export interface ItemDraft {
  key: string;
  id?: string;
  text: string;
  date: string;
  paragraphs: number[];
  stance: Stance | '';
  hedge: string;
  attributedTo: string;
}

/** An argument being edited, with its claims, facts and counterpoints. */
export interface ArgumentDraft {
  key: string;
  id?: string;
  title: string;
  summary: string;
  claims: ItemDraft[];
  facts: ItemDraft[];
  counterpoints: ItemDraft[];
}

/** A field the editor must flag: `${draft key}:${field}` (e.g. "k7:paragraphs") and a one-line message. */
export interface DraftProblem {
  field: string;
  message: string;
}

/** The editor's drafts of a source's argument map (`newKey` gives each draft its React key). */
export function draftsFromArguments(args: readonly Argument[], newKey: () => string): ArgumentDraft[] {
  return args.map((a) => ({
    key: newKey(),
    id: a.id,
    title: a.title,
    summary: a.summary,
    claims: a.claims.map((c) => itemDraftOf(c, newKey())),
    facts: a.facts.map((f) => itemDraftOf(f, newKey())),
    counterpoints: a.counterpoints.map((c) => itemDraftOf(c, newKey())),
  }));
}

function itemDraftOf(item: Argument['claims'][number] & { date?: string }, key: string): ItemDraft {
  return {
    key,
    id: item.id,
    text: item.text,
    date: item.date ?? '',
    paragraphs: [...item.paragraphs],
    stance: item.stance ?? '',
    hedge: item.hedge ?? '',
    attributedTo: item.attributedTo ?? '',
  };
}

/** An empty item draft. */
export function emptyItemDraft(key: string): ItemDraft {
  return { key, text: '', date: '', paragraphs: [], stance: '', hedge: '', attributedTo: '' };
}

/**
 * An id from a title: lower-case ASCII letters and digits joined by hyphens, at most 60 characters ("Drivers of
 * alignment" -> "drivers-of-alignment"); `fallback` when nothing is left. The id rule is ArgumentSchema's.
 */
export function idFromTitle(title: string, fallback = 'argument'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

const unique = (base: string, taken: Set<string>): string => {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
};

const ITEM_PREFIX: Record<DraftItemKind, string> = { claims: 'claim', facts: 'fact', counterpoints: 'counterpoint' };

/**
 * Checks the drafts and builds the argument map. Rules (the fields ArgumentSchema requires, said per field):
 * an argument needs a title, a summary and at least one claim; every item needs text and at least one paragraph,
 * each within 1..`paragraphCount`; a fact needs an ISO 8601 date (`PartialIsoDate`); a hedged item names its hedge
 * and an attributed one whose view it is. Ids: an argument keeps its id, a new one gets `idFromTitle(title)`; an
 * item keeps its id, a new one gets `<argument id>.<kind>-<n>`; all made unique. The result is parsed with
 * `ArgumentSchema` as a last guard. Pure; never throws.
 */
export function argumentsFromDrafts(
  drafts: readonly ArgumentDraft[],
  paragraphCount: number,
): { ok: true; arguments: Argument[] } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => void (ok || problems.push({ field, message }));
  const argumentIds = new Set<string>(drafts.map((d) => d.id).filter((id): id is string => id !== undefined));
  const itemIds = new Set<string>(drafts.flatMap((d) => DRAFT_ITEM_KINDS.flatMap((k) => d[k].map((i) => i.id))).filter((id): id is string => id !== undefined));
  const built: unknown[] = [];
  for (const d of drafts) {
    need(d.title.trim() !== '', `${d.key}:title`, 'Give the argument a title.');
    need(d.summary.trim() !== '', `${d.key}:summary`, 'Give the argument a summary in your own words.');
    need(d.claims.length > 0, `${d.key}:claims`, 'An argument needs at least one claim.');
    const id = d.id ?? unique(idFromTitle(d.title), argumentIds);
    const argument: Record<string, unknown> = { id, title: d.title.trim(), summary: d.summary.trim() };
    for (const kind of DRAFT_ITEM_KINDS) {
      argument[kind] = d[kind].map((item, i) => {
        const word = ITEM_PREFIX[kind];
        need(item.text.trim() !== '', `${item.key}:text`, `Write the ${word}'s text.`);
        need(item.paragraphs.length > 0, `${item.key}:paragraphs`, `Cite at least one paragraph for the ${word}.`);
        const outside = item.paragraphs.filter((n) => n < 1 || n > paragraphCount);
        need(outside.length === 0, `${item.key}:paragraphs`, `¶${outside.join(', ')} is not in this source (¶1–${paragraphCount}).`);
        if (kind === 'facts') need(PartialIsoDate.safeParse(item.date.trim()).success, `${item.key}:date`, 'Give the date as YYYY, YYYY-MM or YYYY-MM-DD (or start/end).');
        if (item.stance === 'hedged') need(item.hedge.trim() !== '', `${item.key}:hedge`, "Give the source's hedge word (e.g. might).");
        if (item.stance === 'attributed') need(item.attributedTo.trim() !== '', `${item.key}:attributedTo`, 'Say whose view it is (e.g. Ankara).');
        return {
          id: item.id ?? unique(`${id}.${word}-${i + 1}`, itemIds),
          text: item.text.trim(),
          ...(kind === 'facts' ? { date: item.date.trim() } : {}),
          paragraphs: normalizeParagraphs(item.paragraphs),
          ...(item.stance !== '' ? { stance: item.stance } : {}),
          ...(item.stance === 'hedged' ? { hedge: item.hedge.trim() } : {}),
          ...(item.stance === 'attributed' ? { attributedTo: item.attributedTo.trim() } : {}),
        };
      });
    }
    built.push(argument);
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = ArgumentSchema.array().safeParse(built);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 5).map((i) => ({ field: 'map', message: `${i.path.join('.')}: ${i.message}` })) };
  return { ok: true, arguments: parsed.data };
}

/**
 * Reads paragraph numbers typed in the chip input: numbers and ranges separated by commas or spaces ("3, 5-7",
 * "¶4–5"). Every number must lie in 1..`paragraphCount`. Returns the numbers or a one-line message.
 */
export function parseParagraphInput(text: string, paragraphCount: number): { ok: true; paragraphs: number[] } | { ok: false; message: string } {
  const parts = text.replace(/¶/g, '').split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Type a paragraph number, e.g. 3 or 5-7.' };
  const out: number[] = [];
  for (const part of parts) {
    const m = /^(\d{1,5})(?:[-–](\d{1,5}))?$/.exec(part);
    if (!m) return { ok: false, message: `“${part}” is not a paragraph number (e.g. 3 or 5-7).` };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) return { ok: false, message: `${part}: the range runs backwards.` };
    for (const n of [from, to]) if (n < 1 || n > paragraphCount) return { ok: false, message: `¶${n} is not in this source (¶1–${paragraphCount}).` };
    for (let n = from; n <= to; n++) out.push(n);
  }
  return { ok: true, paragraphs: normalizeParagraphs(out) };
}
