import { z } from 'zod';
import { SourceSchema } from './citation';
import { SlideSchema } from './slide';
import { BrandSchema } from './brand';
import { ReviewCommentsSchema } from './comments';
import { DeckVersionSchema } from './deckVersion';

/** The deck file format version this build writes. Newer files open read-only; older ones migrate in memory. */
export const SCHEMA_VERSION = 2 as const;

/** Themes bundled with the app; both embed their fonts (no network). */
export const THEMES = ['briefing-light', 'briefing-dark'] as const;
export type ThemeId = (typeof THEMES)[number];

/**
 * Classification levels for the banner colour. Colours follow the US CAPCO banner convention
 * (unclassified green, CUI purple, confidential blue, secret red, top secret orange); `none` shows no colour bar.
 */
export const CLASSIFICATION_LEVELS = ['none', 'unclassified', 'cui', 'confidential', 'secret', 'top-secret'] as const;
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/**
 * The classification banner shown at the top and bottom of every slide, notes page and handout page.
 * `text` is shown verbatim (e.g. "UNCLASSIFIED // FOR TRAINING"); an empty text shows no banner.
 */
export const ClassificationSchema = z.looseObject({
  text: z.string().max(200).default(''),
  level: z.enum(CLASSIFICATION_LEVELS).default('unclassified'),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** Presenting defaults stored with the deck: a pacing target for the whole deck (minutes) or per slide (seconds). */
export const PacingSchema = z.looseObject({
  targetMinutes: z.number().min(0).max(24 * 60).optional(),
  perSlideSeconds: z.number().min(0).max(24 * 3600).optional(),
});

/** Estimative-language yardsticks a deck can follow (word lists: src-shared/tradecraft/yardsticks.json). */
export const YARDSTICKS = ['icd203', 'phia'] as const;
export type YardstickId = (typeof YARDSTICKS)[number];

/**
 * A tradecraft finding the analyst has acknowledged, with a reason a reviewer can read. The finding stays listed
 * (marked acknowledged) and no longer fails a strict check. `rule` is a rule id (src-shared/tradecraft/rules.ts);
 * `slideId` and `field` (a path inside the slide such as "judgments[1]", or "" for the whole slide / deck) say where.
 */
export const AcknowledgementSchema = z.looseObject({
  rule: z.string().min(1).max(100),
  slideId: z.string().max(100).default(''),
  field: z.string().max(200).default(''),
  reason: z.string().min(1, 'an acknowledgement needs a reason a reviewer can read').max(1000),
  by: z.string().max(300).default(''),
  date: z.string().max(40).default(''),
});
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/**
 * Tradecraft settings: the estimative-language yardstick (ICD 203 or the UK PHIA yardstick), a note that says the
 * deck uses both ICD 203 term rows on purpose (ICD 203 asks that products not mix them without saying so), and the
 * acknowledged findings.
 */
export const TradecraftSettingsSchema = z.looseObject({
  yardstick: z.enum(YARDSTICKS).default('icd203'),
  mixedTermsNote: z.string().max(600).default(''),
  acknowledgements: z.array(AcknowledgementSchema).max(2000).default([]),
});
export type TradecraftSettings = z.infer<typeof TradecraftSettingsSchema>;

/** Marking schemes: none, classification portion marks and banner (ICD 710 / CAPCO style), or TLP 2.0 (FIRST). */
export const MARKING_SCHEMES = ['none', 'capco', 'tlp'] as const;
export type MarkingScheme = (typeof MARKING_SCHEMES)[number];

/**
 * The classification authority block a classified product carries on its first page (ICD 710; 32 CFR 2001.21):
 * Classified By, Derived From, Declassify On.
 */
export const AuthorityBlockSchema = z.looseObject({
  classifiedBy: z.string().max(300).default(''),
  derivedFrom: z.string().max(300).default(''),
  declassifyOn: z.string().max(100).default(''),
});
export type AuthorityBlock = z.infer<typeof AuthorityBlockSchema>;

/**
 * How the deck is marked. With `capco` every portion carries a mark such as "(U)" and the banner is computed from
 * them; with `tlp` every portion carries a TLP label ("TLP:GREEN") and the most restrictive labels the deck; `none`
 * leaves the banner as typed and checks no portion marks.
 */
export const MarkingSchema = z.looseObject({
  scheme: z.enum(MARKING_SCHEMES).default('none'),
  authority: AuthorityBlockSchema.optional(),
});
export type Marking = z.infer<typeof MarkingSchema>;

/**
 * A deck (a `.briefdeck` file: UTF-8 JSON). `language` is a BCP 47 tag (e.g. "en", "tr", "fa"); `direction` is the
 * base text direction (a Persian deck is "rtl" and lays out from the right).
 */
export const DeckSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string().max(1000),
  subtitle: z.string().max(2000).default(''),
  author: z.string().max(500).default(''),
  date: z.string().max(40).default('').describe('Briefing date, ISO 8601 (YYYY-MM-DD)'),
  language: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'language must be a BCP 47 tag such as "en" or "fa-IR"').default('en'),
  direction: z.enum(['ltr', 'rtl']).default('ltr'),
  theme: z.enum(THEMES).default('briefing-light'),
  classification: ClassificationSchema.default({ text: 'UNCLASSIFIED', level: 'unclassified' }),
  sources: z.array(SourceSchema).max(500).default([]),
  slides: z.array(SlideSchema).max(5000),
  pacing: PacingSchema.optional(),
  tradecraft: TradecraftSettingsSchema.optional().describe('Absent: ICD 203 yardstick, no acknowledged findings (see tradecraftOf)'),
  marking: MarkingSchema.optional().describe('Absent: scheme "none" (see markingOf)'),
  brand: BrandSchema.optional().describe('Absent: the bundled theme as it is (colours, fonts, no logo)'),
  comments: ReviewCommentsSchema.optional().describe('Review comments; never exported except in a review copy PDF'),
  versions: z.array(DeckVersionSchema).max(200).optional().describe('Issued versions, oldest first (deckVersion.ts); absent: never issued'),
});
export type Deck = z.infer<typeof DeckSchema>;
/** The deck as written in a file, before defaults are applied. */
export type DeckInput = z.input<typeof DeckSchema>;

/** The deck's tradecraft settings with their defaults filled in (a deck without the field uses ICD 203). */
export function tradecraftOf(deck: Pick<Deck, 'tradecraft'>): TradecraftSettings {
  return TradecraftSettingsSchema.parse(deck.tradecraft ?? {});
}

/** The deck's marking settings with their defaults filled in (a deck without the field is scheme "none"). */
export function markingOf(deck: Pick<Deck, 'marking'>): Marking {
  return MarkingSchema.parse(deck.marking ?? {});
}
