import { z } from 'zod';
import { SourceSchema } from './citation';
import { SlideSchema } from './slide';

/** The deck file format version this build writes. Newer files open read-only; older ones migrate in memory. */
export const SCHEMA_VERSION = 1 as const;

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
});
export type Deck = z.infer<typeof DeckSchema>;
/** The deck as written in a file, before defaults are applied. */
export type DeckInput = z.input<typeof DeckSchema>;
