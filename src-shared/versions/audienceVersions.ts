import type { DeckVersion } from '../deck';

/**
 * The versions as an audience copy may carry them: each snapshot without its hidden slides and with no speaker
 * notes, since an audience copy holds no notes anywhere in the file. The change records (judgments, reasons,
 * sources) are the product's own and stay.
 */
export function audienceVersions(versions: readonly DeckVersion[]): DeckVersion[] {
  return versions.map((v) => {
    const slides = Array.isArray(v.snapshot.slides) ? (v.snapshot.slides as Array<Record<string, unknown>>) : [];
    return { ...v, snapshot: { ...v.snapshot, slides: slides.filter((s) => s.hidden !== true).map((s) => ({ ...s, notes: '' })) } };
  });
}
