import { addUsage } from './addUsage';

/** The CLI's help text (printed by `briefdeck help`, `--help`, or with no command). */
export const USAGE = `Usage: briefdeck <command> [options]

Commands:
  templates                                 List the built-in briefing templates.
  new --template ID --out FILE [--force]    Create a deck file from a template.
  new --source SOURCE.json --shape SHAPE --out FILE [--force]
                                            Create a cited briefing deck from a source file and its argument map
                                            (a skeleton by section when it has none); the key judgments and
                                            indicators are left to write (check lists each). SHAPE: full-briefing,
                                            five-minute-bluf, drivers-vs-limits, timeline, actors, indicators.
  validate FILE                             Check a deck file; prints its problems, if any.
  check FILE [--strict] [--json]            Tradecraft check: estimative language (ICD 203 or PHIA), sourcing,
                                            source stance, copied runs, portion marks and banner. A finding per
                                            line; exit 1 on errors (export refuses them), or with --strict on any
                                            finding not acknowledged. --json prints one stable report.
  diff OLDER NEWER [--json] [--pdf FILE [--force]]
                                            Compare two decks: slides added, removed and moved (matched by id, or
                                            by content for a deck rebuilt with new ids), text reworded (inline
                                            [-old-]{+new+}), judgments whose likelihood, confidence or kind moved,
                                            citations and sources added or dropped. --json prints one stable
                                            object (format "briefdeck-comparison", formatVersion 1).
      --from LABEL, --to LABEL   compare the deck's issued version LABEL instead (NEWER may be left out
                                 with --from: the same deck, as it is now or at --to)
      --pdf FILE                 also write a redlined PDF: a summary, then each changed slide with its
                                 deletions struck through and insertions underlined (needs Chromium)
  export (FILE | --template ID) --format html|pdf|pptx|md --out FILE [--include-hidden] [--audience] [--force]
         [--strict]                         Export a deck (or a template) as one offline HTML file, a PDF,
                                            a PowerPoint file or reveal.js Markdown. The export dialog's
                                            pre-export check runs first (PDF: text that does not fit, measured
                                            in Chromium; every format: characters no bundled font has, claims
                                            without citations...): a warning line per finding.
  export FILE… [--template ID]… --format F --out-dir DIR [options as above]
                                            Several decks in one command (one Chromium for PDF): DIR/<name>.<ext>
                                            for each, one line per file; if one deck fails, it is named and no
                                            file is written.
      --strict           refuse the export (exit 1, nothing written) when the check finds anything
      --include-hidden   also export hidden (backup) slides
      --audience         audience copy: no speaker notes in the file, its text or its metadata
      --force            write FILE even when its extension is not the format's (.html, .pdf, .pptx, .md)
    PDF only:
      --paper 16:9|a4|letter          paper (default 16:9; handouts on A4/Letter print portrait)
      --layout slides|notes|handout   slides; each slide followed by its notes pages; handouts
      --per-page 1|2|3|4|6            slides per handout page (default 3)
      --handout-notes notes|lines     beside each slide of a 3-a-page handout (default notes)
      --builds final|steps            final state, or one page per build step (default final)
      --review-copy                   review copy: the deck's review comments on a page after each slide
      --format print-html  writes the document the PDF is printed from (for debugging and benchmarks)
  import FILE.md --out FILE [--force]       Make a deck file from a reveal.js, Slidev or Marp Markdown deck (detected
                                            from the file; its HTML stays text; what is not understood is warned).
      --separator RE, --separator-vertical RE, --separator-notes RE
                                            reveal.js data-separator… regular expressions (default ---, --, Note:)
  source import FILE --out SOURCE.json [--force]
                                            Read a saved article (.html, .txt, .md, .docx or a text .pdf), number
                                            its body paragraphs as the app's import review proposes, and write a
                                            source file for new --source and the app's source library.
      --title T  --author A (repeat)  --publisher P  --date YYYY[-MM[-DD]]  --url U  --id ID
                         replace what the file's metadata says
      --exclude N,N…     leave out these paragraphs (numbers as a first import lists them)
  source paragraphs SOURCE.json [--json]    List a source's numbered paragraphs by section (--json for scripts).
${addUsage()}
  help                                      Show this help.

PDF export needs Chromium: set CHROMIUM_PATH, or install it (Debian/Ubuntu: apt-get install chromium).`;
