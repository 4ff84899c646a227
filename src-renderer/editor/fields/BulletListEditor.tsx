import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Bullet, Citation, Source } from '../../../src-shared/deck';
import { CitationChips } from '../citations/CitationChips';
import { MAX_BULLET_LEVEL } from '../../../src-shared/commands';
import { StatementFields, type StatementValues } from './StatementFields';
import { useTextDirection } from './TextDirection';
import { useFieldHints } from '../../sources/fieldHint';
import { pastedLines, type PastedLine } from '../../../src-shared/text/pastedLines';

/**
 * Whether bullet `index` can be indented, by the rule of `indentBullet`: one level deeper than the bullet
 * before it at most, never the first bullet, never past level 4.
 */
export function canIndent(bullets: readonly Bullet[], index: number): boolean {
  const max = Math.min(MAX_BULLET_LEVEL, index > 0 ? (bullets[index - 1]?.level ?? -1) + 1 : 0);
  return (bullets[index]?.level ?? MAX_BULLET_LEVEL) + 1 <= max;
}

/** A bullet is one paragraph: a line break pasted into it becomes a space (Enter starts the next bullet instead). */
const oneLine = (text: string): string => text.replace(/\r\n?|\n/g, ' ');

/** The edits a bullet list can make; the layout form maps each to a deck command. */
export interface BulletListActions {
  /** Insert an empty bullet after `index` (-1: at the top), at `level`. */
  add(index: number, level: number): void;
  remove(index: number): void;
  setText(index: number, text: string): void;
  indent(index: number): void;
  outdent(index: number): void;
  setFragment(index: number, fragment: boolean): void;
  /** Change a bullet's kind, portion marking or judgment fields; `mergeField` groups a typing burst. */
  setStatement(index: number, patch: StatementValues, mergeField?: string): void;
  /** Replace a bullet's own citations (chips' remove buttons); omit to hide bullet citations. */
  setCitations?(index: number, citations: Citation[]): void;
  /** Open the citation picker for a bullet; omit to hide the Cite button. */
  cite?(index: number): void;
  /** Paste several lines into bullet `index` between `before` and `after` (the text around the selection). */
  pasteLines?(index: number, lines: PastedLine[], before: string, after: string): void;
}

/** Props of {@link BulletListEditor}. */
export interface BulletListEditorProps {
  /** Accessible name of the list and prefix of each bullet's label, e.g. "Bullets" or "Left column bullets". */
  label: string;
  bullets: readonly Bullet[];
  actions: BulletListActions;
  sources: readonly Source[];
  /** Mark bullets with no citation of their own (when the slide itself cites nothing). */
  warnUncited: boolean;
  /** The list's deck path, "bullets" or "left.bullets": bullet i's text input has `data-field="<path>[i]"`. */
  path: string;
  /** How labels name one bullet of this list: "bullet" or "left column bullet" ("Kind of left column bullet 2"). */
  itemName?: string;
}

/**
 * Edits a list of bullets: text (a box that grows with it, line by line, at any width), indent (buttons, Tab /
 * Shift+Tab), build step (fragment) toggle, remove, and Enter to add a bullet below at the same level (focus moves to
 * it). Backspace in an empty bullet removes it. Pasting several lines of text makes them bullets. Under each bullet,
 * its kind, portion marking and (for a judgment) likelihood, confidence and basis.
 */
export function BulletListEditor({ label, bullets, actions, sources, warnUncited, path, itemName = 'bullet' }: BulletListEditorProps) {
  const dir = useTextDirection();
  const hints = useFieldHints();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const focusNext = useRef<number | null>(null);

  useEffect(() => {
    if (focusNext.current !== null) {
      inputs.current[focusNext.current]?.focus();
      focusNext.current = null;
    }
  });

  const onKeyDown = (i: number, b: Bullet) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      focusNext.current = i + 1;
      actions.add(i, b.level);
    } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      // Tab indents and Shift+Tab outdents (PowerPoint, Google Slides); at the limits, Tab moves focus as usual.
      // When the bullet cannot move, Tab is not captured, so keyboard users are never trapped in the list.
      if (!e.shiftKey && canIndent(bullets, i)) {
        e.preventDefault();
        actions.indent(i);
      } else if (e.shiftKey && b.level > 0) {
        e.preventDefault();
        actions.outdent(i);
      }
    } else if (e.key === 'Backspace' && b.text === '' && bullets.length > 1) {
      e.preventDefault();
      focusNext.current = Math.max(0, i - 1);
      actions.remove(i);
    }
  };

  // Text from a web page or Word: only its text/plain is read (pasted HTML never reaches the page); several lines
  // become bullets. One line pastes as the browser does.
  const onPaste = (i: number, b: Bullet) => (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!actions.pasteLines) return;
    const lines = pastedLines(e.clipboardData.getData('text/plain'));
    if (lines.length < 2) return;
    e.preventDefault();
    const el = e.currentTarget;
    focusNext.current = i + lines.length - 1;
    actions.pasteLines(i, lines, b.text.slice(0, el.selectionStart ?? b.text.length), b.text.slice(el.selectionEnd ?? b.text.length));
  };

  return (
    <div className="bd-bullets">
      <ul className="bd-list" aria-label={label}>
        {bullets.map((b, i) => {
          const n = i + 1;
          // A reporting bullet made from a source passage shows the passage to paraphrase while it is empty.
          const hint = hints(`${path}[${i}]`);
          const uncited = warnUncited && !(b.citations && b.citations.length > 0) && b.text.trim() !== '';
          return (
            <li key={i} className={`bd-bullet bd-indent-${b.level}`}>
              <div className="bd-item">
                <span className="bd-muted" aria-hidden="true">
                  {b.level > 0 ? '–' : '•'}
                </span>
                <textarea
                  ref={(el) => {
                    inputs.current[i] = el;
                  }}
                  className="bd-grow bd-bullet-text"
                  rows={1}
                  dir={dir}
                  aria-label={`${label}: bullet ${n}, level ${b.level + 1}`}
                  data-field={`${path}[${i}]`}
                  value={b.text}
                  placeholder={hint?.placeholder}
                  title={hint && b.text === '' ? hint.title : undefined}
                  maxLength={4000}
                  onChange={(e) => actions.setText(i, oneLine(e.target.value))}
                  onKeyDown={onKeyDown(i, b)}
                  onPaste={onPaste(i, b)}
                />
                {uncited ? (
                  <span className="bd-uncited" role="img" aria-label={`Bullet ${n} has no citation`} title="No citation">
                    ⚠
                  </span>
                ) : null}
                <span className="bd-item-tools">
                  <label className="bd-check" title="Reveal this bullet as a build step (fragment)">
                    <input type="checkbox" checked={b.fragment} onChange={(e) => actions.setFragment(i, e.target.checked)} />
                    <span>Build</span>
                    <span className="bd-sr-only">{` bullet ${n}`}</span>
                  </label>
                  <button type="button" className="bd-btn bd-btn-icon" aria-label={`Outdent bullet ${n}`} title="Outdent (Shift+Tab)" disabled={b.level === 0} onClick={() => actions.outdent(i)}>
                    {dir === 'rtl' ? '→' : '←'}
                  </button>
                  <button type="button" className="bd-btn bd-btn-icon" aria-label={`Indent bullet ${n}`} title="Indent (Tab)" disabled={!canIndent(bullets, i)} onClick={() => actions.indent(i)}>
                    {dir === 'rtl' ? '←' : '→'}
                  </button>
                  {actions.cite ? (
                    <button type="button" className="bd-btn bd-btn-icon" aria-label={`Cite sources for bullet ${n}`} title="Cite" onClick={() => actions.cite?.(i)}>
                      ¶
                    </button>
                  ) : null}
                  <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove bullet ${n}`} title="Remove" onClick={() => actions.remove(i)}>
                    ×
                  </button>
                </span>
              </div>
              <StatementFields path={`${path}[${i}]`} noun={`${itemName} ${n}`} values={b} onChange={(patch, mergeField) => actions.setStatement(i, patch, mergeField)} />
              {actions.setCitations && b.citations && b.citations.length > 0 ? (
                <CitationChips
                  label={`Citations of bullet ${n}`}
                  citations={b.citations}
                  sources={sources}
                  onRemove={(k) => actions.setCitations?.(i, b.citations!.filter((_, j) => j !== k))}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <button type="button" className="bd-btn" onClick={() => {
        focusNext.current = bullets.length;
        actions.add(bullets.length - 1, bullets.at(-1)?.level ?? 0);
      }}>
        + Add bullet
      </button>
    </div>
  );
}
