import { parseArgs } from 'node:util';
import type { SeparatorOptions } from '../../src-shared/markdown/splitSlides';
import { CliError } from './cliError';
import type { AddRequest } from './addCommand';
import { ADD_SLIDE_KINDS } from './addSlideKinds';
import type { CheckRequest } from './checkCommand';
import type { DiffRequest } from './diffCommand';
import type { ExportBatchRequest, ExportRequest } from './exportCommand';
import type { NewFromSourceRequest } from './newFromSourceCommand';
import type { SourceImportRequest } from './sourceImportCommand';
import { PDF_FLAGS, pdfFlagValues } from './pdfFlags';

/** A parsed command line: one of the commands with its checked arguments, or help. */
export type CliCommand =
  | { command: 'help' }
  | { command: 'templates' }
  | { command: 'new'; template: string; out: string; force: boolean }
  | ({ command: 'new-from-source' } & NewFromSourceRequest)
  | { command: 'validate'; file: string }
  | ({ command: 'check' } & CheckRequest)
  | ({ command: 'diff' } & DiffRequest)
  | ({ command: 'export' } & ExportRequest)
  | ({ command: 'export-batch' } & ExportBatchRequest)
  | { command: 'import'; file: string; out: string; force: boolean; separators: SeparatorOptions }
  | ({ command: 'source-import' } & SourceImportRequest)
  | { command: 'source-paragraphs'; file: string; json: boolean }
  | ({ command: 'add' } & AddRequest);

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Levenshtein distance (insertions, deletions, substitutions), for suggesting the option a user meant. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The one line for an option the command does not take: its name, and the nearest option the command has when it
 * is within three edits (`--fromat` -> `--format`).
 */
function unknownOption(given: string, options: OptionSpec): string {
  const name = given.replace(/^-+/, '').split('=')[0];
  const [best] = Object.keys({ ...options, help: {} })
    .map((o) => ({ o, d: editDistance(name.toLowerCase(), o) }))
    .sort((x, y) => x.d - y.d);
  const hint = best && best.d <= Math.max(1, Math.min(3, Math.floor(name.length / 2))) ? ` (did you mean --${best.o}?)` : '';
  return `unknown option ${given.startsWith('-') ? given : `--${name}`}${hint}`;
}

function parse(args: string[], options: OptionSpec, maxPositionals: number): Parsed {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as Parsed;
    if (parsed.positionals.length > maxPositionals) throw new CliError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, 2);
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const unknown = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) throw new CliError(unknownOption(unknown, options), 2, { cause: error });
    throw new CliError((error as Error).message.split('\n')[0], 2, { cause: error });
  }
}

function required(value: unknown, flag: string, command: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`${command} needs ${flag}`, 2);
  return value;
}

/** Parses `argv` (without node and script). Throws CliError (exit code 2) for unknown commands or options. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  switch (command) {
    case 'templates': {
      const { values } = parse(rest, {}, 0);
      return values.help ? { command: 'help' } : { command: 'templates' };
    }
    case 'new': {
      const { values, positionals } = parse(
        rest,
        { template: { type: 'string' }, source: { type: 'string' }, shape: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
        1,
      );
      if (values.help) return { command: 'help' };
      if (values.source !== undefined || values.shape !== undefined) {
        if (values.template !== undefined) throw new CliError('new takes either --template ID or --source FILE --shape SHAPE (not both)', 2);
        const source = required(values.source, '--source FILE with --shape', 'new');
        return { command: 'new-from-source', source, shape: required(values.shape, '--shape SHAPE with --source', 'new'), out: required(values.out, '--out FILE', 'new'), force: values.force === true };
      }
      // `new five-minute-bluf`: the template id given without its option.
      if (positionals[0] !== undefined) throw new CliError(`new takes the template with --template (try: briefdeck new --template ${positionals[0]} --out FILE)`, 2);
      return { command: 'new', template: required(values.template, '--template ID', 'new'), out: required(values.out, '--out FILE', 'new'), force: values.force === true };
    }
    case 'validate': {
      const { values, positionals } = parse(rest, {}, 1);
      if (values.help) return { command: 'help' };
      return { command: 'validate', file: required(positionals[0], 'a deck FILE', 'validate') };
    }
    case 'check': {
      const { values, positionals } = parse(rest, { strict: { type: 'boolean' }, json: { type: 'boolean' } }, 1);
      if (values.help) return { command: 'help' };
      return { command: 'check', file: required(positionals[0], 'a deck FILE', 'check'), strict: values.strict === true, json: values.json === true };
    }
    case 'diff': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, pdf: { type: 'string' }, force: { type: 'boolean' } }, 2);
      if (values.help) return { command: 'help' };
      const older = required(positionals[0], 'two deck FILEs (or one FILE with --from LABEL)', 'diff');
      if (positionals[1] === undefined && values.from === undefined) throw new CliError('diff needs two deck FILEs, or one FILE with --from LABEL (a version it issued)', 2);
      return {
        command: 'diff',
        older,
        newer: positionals[1] ?? older,
        ...(typeof values.from === 'string' ? { from: values.from } : {}),
        ...(typeof values.to === 'string' ? { to: values.to } : {}),
        json: values.json === true,
        ...(typeof values.pdf === 'string' ? { pdf: values.pdf } : {}),
        force: values.force === true,
      };
    }
    case 'export': {
      const { values, positionals } = parse(
        rest,
        { template: { type: 'string', multiple: true }, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' }, 'include-hidden': { type: 'boolean' }, audience: { type: 'boolean' }, force: { type: 'boolean' }, strict: { type: 'boolean' }, ...PDF_FLAGS },
        Number.MAX_SAFE_INTEGER,
      );
      if (values.help) return { command: 'help' };
      // Option values are read in any case (--format PDF, --paper A4).
      const format = required(values.format, '--format html|pdf|pptx|md', 'export').toLowerCase();
      if (format !== 'html' && format !== 'pdf' && format !== 'pptx' && format !== 'md' && format !== 'print-html') throw new CliError(`unknown format "${format}" (use html, pdf, pptx or md)`, 2);
      const templates = (values.template as string[] | undefined) ?? [];
      const common = {
        format,
        includeHidden: values['include-hidden'] === true,
        audience: values.audience === true,
        force: values.force === true,
        strict: values.strict === true,
        ...pdfFlagValues(values, format),
      } as const;
      if (values['out-dir'] !== undefined) {
        if (values.out !== undefined) throw new CliError('export takes --out FILE (one deck) or --out-dir DIR (several decks), not both', 2);
        const decks = [...positionals.map((file) => ({ file })), ...templates.map((template) => ({ template }))];
        if (decks.length === 0) throw new CliError('export --out-dir needs deck FILEs or --template IDs', 2);
        return { command: 'export-batch', decks, outDir: required(values['out-dir'], '--out-dir DIR', 'export'), ...common };
      }
      if (positionals.length > 1) throw new CliError(`unexpected argument "${positionals[1]}" (several decks need --out-dir DIR)`, 2);
      if (templates.length > 1) throw new CliError('several --template IDs need --out-dir DIR', 2);
      const file = positionals[0];
      const template = templates[0];
      if ((file === undefined) === (template === undefined)) throw new CliError('export needs either a deck FILE or --template ID (not both)', 2);
      return {
        command: 'export',
        ...(file !== undefined ? { file } : { template }),
        out: required(values.out, '--out FILE', 'export'),
        ...common,
      };
    }
    case 'import': {
      const { values, positionals } = parse(rest, { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, separator: { type: 'string' }, 'separator-vertical': { type: 'string' }, 'separator-notes': { type: 'string' } }, 1);
      if (values.help) return { command: 'help' };
      const separators = { separator: values.separator, verticalSeparator: values['separator-vertical'], notesSeparator: values['separator-notes'] } as SeparatorOptions;
      return { command: 'import', file: required(positionals[0], 'a Markdown FILE', 'import'), out: required(values.out, '--out FILE', 'import'), force: values.force === true, separators };
    }
    case 'source':
      return parseSourceCommand(rest);
    case 'add':
      return parseAddCommand(rest);
    default:
      throw new CliError(`unknown command "${command}" (try: briefdeck help)`, 2);
  }
}

/** A list option's values split at commas (`--exclude 3,7 --exclude 9`) as whole numbers; NaN for a part that is not one. */
function numberList(value: string | boolean | string[] | undefined): number[] {
  const parts = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).flatMap((v) => v.split(','));
  return parts.filter((p) => p.trim() !== '').map((p) => (/^\s*\d+\s*$/.test(p) ? Number(p) : Number.NaN));
}

/** `source import FILE --out SOURCE.json …` and `source paragraphs SOURCE.json [--json]`. */
function parseSourceCommand(argv: readonly string[]): CliCommand {
  const [sub, ...rest] = argv;
  if (sub === 'import') {
    const { values, positionals } = parse(
      rest,
      {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        id: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string', multiple: true },
        publisher: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        exclude: { type: 'string', multiple: true },
      },
      1,
    );
    if (values.help) return { command: 'help' };
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const authors = values.author as string[] | undefined;
    return {
      command: 'source-import',
      file: required(positionals[0], 'an article FILE (.html, .txt, .md, .docx or .pdf)', 'source import'),
      out: required(values.out, '--out SOURCE.json', 'source import'),
      force: values.force === true,
      ...Object.fromEntries((['id', 'title', 'publisher', 'date', 'url'] as const).flatMap((k) => (text(k) === undefined ? [] : [[k, text(k)]]))),
      ...(authors ? { authors } : {}),
      exclude: numberList(values.exclude),
    };
  }
  if (sub === 'paragraphs') {
    const { values, positionals } = parse(rest, { json: { type: 'boolean' } }, 1);
    if (values.help) return { command: 'help' };
    return { command: 'source-paragraphs', file: required(positionals[0], 'a SOURCE.json file', 'source paragraphs'), json: values.json === true };
  }
  throw new CliError(sub === undefined ? 'source needs a command: import or paragraphs (try: briefdeck help)' : `unknown source command "${sub}" (use: source import, source paragraphs)`, 2);
}

/**
 * `add DECK --<kind> VALUE --alt TEXT …`: exactly one figure option (a kind of ADD_SLIDE_KINDS) and the common
 * options; the kinds' own options are parsed here too and handed to the kind unchecked (its build checks them).
 */
function parseAddCommand(argv: readonly string[]): CliCommand {
  const kindOptions: OptionSpec = Object.fromEntries(ADD_SLIDE_KINDS.flatMap((k) => [[k.kind, { type: 'string' as const }], ...Object.entries(k.options)]));
  const { values, positionals } = parse(
    [...argv],
    { ...kindOptions, alt: { type: 'string' }, title: { type: 'string' }, 'source-line': { type: 'string' }, 'portion-marking': { type: 'string' }, after: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
    1,
  );
  if (values.help) return { command: 'help' };
  const file = required(positionals[0], 'a deck FILE', 'add');
  const given = ADD_SLIDE_KINDS.filter((k) => values[k.kind] !== undefined);
  const names = ADD_SLIDE_KINDS.map((k) => `--${k.kind}`).join(', ');
  if (given.length !== 1) throw new CliError(given.length === 0 ? `add needs one figure option (${names || 'none is available'})` : `add takes one figure at a time (given: ${given.map((k) => `--${k.kind}`).join(', ')})`, 2);
  const kind = given[0].kind;
  const alt = typeof values.alt === 'string' ? values.alt.trim() : '';
  if (alt === '') throw new CliError(`add needs --alt TEXT: what the ${kind} shows, for readers who cannot see it`, 2);
  const afterText = values.after as string | undefined;
  if (afterText !== undefined && !/^\s*\d+\s*$/.test(afterText)) throw new CliError(`--after needs a slide number (given: "${afterText}")`, 2);
  return {
    command: 'add',
    file,
    kind,
    value: required(values[kind], `a value for --${kind}`, 'add'),
    values,
    title: typeof values.title === 'string' ? values.title : '',
    alt,
    sourceLine: typeof values['source-line'] === 'string' ? (values['source-line'] as string) : '',
    ...(typeof values['portion-marking'] === 'string' && values['portion-marking'].trim() !== '' ? { portionMarking: values['portion-marking'].trim() } : {}),
    ...(afterText !== undefined ? { after: Number(afterText) } : {}),
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    force: values.force === true,
  };
}
