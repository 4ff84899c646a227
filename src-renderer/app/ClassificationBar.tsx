import { useEditor } from '../store';

/**
 * The deck's classification banner across the top of the editor (the same text and CAPCO colour as on every slide),
 * so that the analyst always sees the level they are writing at. Hidden when the banner text is empty.
 */
export function ClassificationBar() {
  const classification = useEditor((s) => s.deck?.classification);
  if (!classification || !classification.text.trim()) return null;
  return (
    <div className="class-banner" data-level={classification.level} role="note" aria-label={`Classification: ${classification.text}`}>
      {classification.text}
    </div>
  );
}
