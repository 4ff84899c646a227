import type { Slide } from '../deck';
import type { PreflightIssue } from './preflightIssue';

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/**
 * What a slide left empty would show: a blank page in the middle of a briefing, or a timeline row with a date and
 * nothing happening. Checked: a bullets or two-column slide with no text (and no picture), a quote slide without
 * its quote, a section slide without a title or subtitle, and each timeline entry without an event. `name` is the
 * slide's name in messages ("Slide 3 “Context”"). Warnings: the export goes ahead if the analyst means it.
 */
export function emptySlideIssues(slide: Slide, slideIndex: number, name: string): PreflightIssue[] {
  const issue = (message: string, field?: string): PreflightIssue => ({ kind: 'empty', severity: 'warning', slideIndex, message: `${name}: ${message}`, ...(field ? { field } : {}) });
  switch (slide.layout) {
    case 'bullets':
      return blank(slide.title) && slide.bullets.every((b) => blank(b.text)) ? [issue('the slide is blank (no title, no bullet text).')] : [];
    case 'two-column': {
      const empty = (c: typeof slide.left) => blank(c.heading) && !c.picture && c.bullets.every((b) => blank(b.text));
      if (empty(slide.left) && empty(slide.right)) return [issue('both columns are empty (no heading, bullet or picture).')];
      return [];
    }
    case 'quote':
      return blank(slide.quote) ? [issue('the quote slide has no quote.', 'quote')] : [];
    case 'section':
      return blank(slide.title) && blank(slide.subtitle) ? [issue('the section slide has no title or subtitle.', 'title')] : [];
    case 'timeline':
      return slide.entries.flatMap((e, i) => (blank(e.event) ? [issue(blank(e.date) ? `timeline entry ${i + 1} is empty.` : `timeline entry ${i + 1} (${e.date.trim()}) has no event.`, `entries[${i}]`)] : []));
    default:
      return [];
  }
}
