import type { Deck, Slide } from '../../src-shared/deck';

/** The values `node:util` parseArgs gives for a command's options. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** The fields every added figure slide takes from the common options of `briefdeck add`. */
export interface AddSlideCommon {
  /** A fresh slide id, unique in the deck. */
  id: string;
  /** `--title`, or '' */
  title: string;
  /** `--alt`: required, never empty. */
  alt: string;
  /** `--source-line`, or '' */
  sourceLine: string;
}

/**
 * One kind of figure slide that `briefdeck add DECK --<kind> VALUE …` can add. `kind` is also the option that selects
 * it (`--map middle-east`, `--chart table.csv`, `--picture photo.jpg`); `options` are the kind's own options in
 * `node:util` parseArgs form (no short names: they are shared with the common options); `usage` are its help lines.
 * `build` makes the slide (the command validates it against the deck schema and inserts it); it throws CliError
 * (cliError.ts) with one line on bad input, and loads heavy modules (sharp, ECharts, map data) with a dynamic import,
 * so that `briefdeck help` stays fast.
 */
export interface AddSlideKind {
  kind: 'map' | 'chart' | 'picture';
  /** How usage names the value of `--<kind>`, e.g. "PRESET|W,S,E,N", "TABLE.csv", "IMAGE". */
  valueName: string;
  /** One line: what the slide shows. */
  summary: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  usage: string[];
  build(value: string, values: OptionValues, common: AddSlideCommon, deck: Deck): Promise<Slide>;
}
