/**
 * An error the CLI reports as one line on stderr (`briefdeck: <message>`) with a non-zero exit code:
 * 2 for usage errors (unknown command or option, missing argument), 1 for everything else.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
  }
}

/** A one-line message for any thrown value (first line of its message; errno codes kept, stack dropped). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
}
