/** A statement as far as its to-do marks go: its text (a timeline entry's is `event`), `todo` and `placeholder`. */
export interface ToDoItem {
  text?: string;
  event?: string;
  todo?: boolean;
  placeholder?: string;
}

/**
 * Whether a statement is still to do: `todo` is true and its text (a timeline entry's `event`) is empty or still
 * equals its `placeholder`, compared with whitespace runs collapsed and ends trimmed. Once the analyst writes the
 * text, the statement is no longer to do, even if `todo` stays set (so every way of editing text clears it).
 */
export function isToDo(item: ToDoItem): boolean {
  if (item.todo !== true) return false;
  const squash = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const text = squash(item.text ?? item.event);
  return text === '' || text === squash(item.placeholder);
}

/** The to-do marks of a new statement whose text starts as `placeholder`: spread them into a bullet or judgment. */
export function toDo(placeholder: string): { text: string; todo: true; placeholder: string } {
  return { text: placeholder, todo: true, placeholder };
}
