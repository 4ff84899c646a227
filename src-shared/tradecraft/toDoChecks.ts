import type { Finding } from './finding';
import { excerpt, makeFinding, where } from './makeFinding';
import type { Statement } from './statements';

/**
 * One `statement-to-do` warning per statement still to do (isToDo: `todo` set and the text empty or still its
 * placeholder), naming where it is and what it asks for: "Slide 2, key judgment 1: still to write (“To do: our key
 * judgment on …”)", the placeholder cut at 90 characters. A generated deck leaves its key judgments, indicators
 * and skeleton lines so.
 */
export function toDoChecks(statements: readonly Statement[]): Finding[] {
  return statements
    .filter((s) => s.todo)
    .map((s) => makeFinding('statement-to-do', s, `${where(s)}: still to write (“${excerpt(s.placeholder || s.text || 'empty', 90)}”).`));
}
