/** The CLI's help text (printed by `briefdeck help`, `--help`, or with no command). */
export const USAGE = `Usage: briefdeck <command> [options]

Commands:
  templates                                 List the built-in briefing templates.
  new --template ID --out FILE [--force]    Create a deck file from a template.
  validate FILE                             Check a deck file; prints its problems, if any.
  export (FILE | --template ID) --format html|pdf|pptx|md --out FILE [--include-hidden] [--audience]
                                            Export a deck (or a template) as one offline HTML file, a PDF,
                                            a PowerPoint file or reveal.js Markdown.
      --include-hidden   also export hidden (backup) slides
      --audience         audience copy: no speaker notes in the file, its text or its metadata
      --format print-html  writes the document the PDF is printed from (for debugging and benchmarks)
  import FILE.md --out FILE [--force]       Make a deck file from a reveal.js Markdown deck (its HTML stays text).
  help                                      Show this help.

PDF export needs Chromium: set CHROMIUM_PATH, or install it (Debian/Ubuntu: apt-get install chromium).`;
