/**
 * The `briefdeck` command (built to out/main/cli.js, run by bin/briefdeck.cjs). Each command loads only the modules
 * it needs (dynamic imports), so `templates` and `validate` never load playwright-core, and `export --format html`
 * never launches a browser. Any failure prints one line `briefdeck: <message>` on stderr and exits non-zero.
 */
import { CliError, oneLine } from './cliError';
import { parseCliArgs } from './parseCliArgs';
import { startPrinter } from './startPrinter';

async function run(argv: readonly string[]): Promise<number> {
  const cmd = parseCliArgs(argv);
  switch (cmd.command) {
    case 'help': {
      const { USAGE } = await import('./usage');
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    case 'templates':
      return (await import('./templatesCommand')).templatesCommand(process.stdout, process.stderr);
    case 'new':
      return (await import('./newCommand')).newCommand(cmd.template, cmd.out, cmd.force, process.stdout);
    case 'new-from-source':
      return (await import('./newFromSourceCommand')).newFromSourceCommand(cmd, process.stdout);
    case 'validate':
      return (await import('./validateCommand')).validateCommand(cmd.file, process.stdout);
    case 'check':
      return (await import('./checkCommand')).checkCommand(cmd, process.stdout);
    case 'diff':
      return (await import('./diffCommand')).diffCommand(cmd, process.stdout);
    case 'export': {
      // PDF: Chromium starts before the export's modules load, so it boots while they load and the deck is read.
      const printer = startPrinter(cmd.format);
      return (await import('./exportCommand')).exportCommand(cmd, process.stdout, process.stderr, printer);
    }
    case 'export-batch': {
      const printer = startPrinter(cmd.format);
      return (await import('./exportCommand')).exportBatchCommand(cmd, process.stdout, process.stderr, printer);
    }
    case 'import':
      return (await import('./importCommand')).importCommand(cmd.file, cmd.out, cmd.force, process.stdout, process.stderr, cmd.separators);
    case 'source-import':
      return (await import('./sourceImportCommand')).sourceImportCommand(cmd, process.stdout, process.stderr);
    case 'add':
      return (await import('./addCommand')).addCommand(cmd, process.stdout);
    case 'source-paragraphs':
      return (await import('./sourceParagraphsCommand')).sourceParagraphsCommand(cmd.file, cmd.json, process.stdout);
  }
}

// Exit as soon as the command is done (stdout/stderr writes to files, pipes and terminals are synchronous on POSIX):
// a PDF export does not wait for Chromium's graceful shutdown (see exportCommand.ts).
run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`briefdeck: ${oneLine(error)}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
