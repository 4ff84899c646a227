import { ADD_SLIDE_KINDS } from './addSlideKinds';

/** Usage lines of `add`: the common options, then each kind's value and own options. */
export function addUsage(): string {
  const kinds = ADD_SLIDE_KINDS.map((k) => `--${k.kind} ${k.valueName}`).join(' | ') || 'a figure option';
  return [
    `  add DECK (${kinds}) --alt TEXT [--title T] [--source-line T] [--portion-marking M] [--after N] [--out FILE] [--force]`,
    '                                            Add a figure slide to a deck file (saved in place unless --out).',
    '      --alt TEXT         what the figure shows, for readers who cannot see it (required)',
    '      --source-line T    the source line printed under the figure',
    '      --portion-marking M  the mark of the title and of the figure, e.g. "(U)" (a marked deck needs both)',
    '      --after N          insert after slide N (0: first; default: at the end)',
    ...ADD_SLIDE_KINDS.flatMap((k) => [`    --${k.kind} ${k.valueName}: ${k.summary}`, ...k.usage.map((l) => `      ${l}`)]),
  ].join('\n');
}
