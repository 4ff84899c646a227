/**
 * What an import did not understand, gathered by kind so a file with forty `transition:` lines gives one warning
 * naming its slides, not forty. A notice's text says what the thing was and what became of it.
 */
export interface ImportNotice {
  /** 1-based slide numbers in the file; empty for a deck-wide notice. */
  slides: number[];
  message: string;
}

/** Collects notices; `note(kind, message, slide)` with the same `kind` adds the slide to the first message. */
export class ImportNotices {
  private readonly byKind = new Map<string, ImportNotice>();

  note(kind: string, message: string, slide?: number): void {
    let notice = this.byKind.get(kind);
    if (!notice) {
      notice = { slides: [], message };
      this.byKind.set(kind, notice);
    }
    if (slide !== undefined && !notice.slides.includes(slide)) notice.slides.push(slide);
  }

  /**
   * One warning per kind, in the order first seen: `slide` set when one slide is concerned, the slide list
   * ("slides 2, 4, 7") leading the message when several are.
   */
  warnings(): { slide?: number; message: string }[] {
    return [...this.byKind.values()].map(({ slides, message }) =>
      slides.length === 1 ? { slide: slides[0], message } : slides.length > 1 ? { message: `slides ${slides.join(', ')}: ${message}` } : { message },
    );
  }
}
