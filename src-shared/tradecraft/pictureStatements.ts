import type { Citation, Slide } from '../deck';

/** A picture portion, in the shape of a tradecraft Statement (statements.ts), which takes these as they are. */
export interface PictureStatement {
  slideIndex: number;
  slideId: string;
  field: string;
  label: string;
  text: string;
  citations: readonly Citation[];
  slideCitations: readonly Citation[];
  portionMarking?: string;
  claim: false;
}

/**
 * The pictures of a slide as portions (ICD 710 marks pictures as portions, as it does a slide's background): one
 * statement per picture, at `picture`, `left.picture` or `right.picture`, labelled "picture" (or "left picture"),
 * its text the caption (else the alt text), its mark the picture's portion marking. Not a claim: the citations of
 * what a picture shows are the slide's. Listed even with no text, so a marked deck's unmarked picture is found.
 */
export function pictureStatements(slide: Slide, slideIndex: number): PictureStatement[] {
  const places =
    slide.layout === 'picture'
      ? [{ field: 'picture', label: 'picture', picture: slide.picture }]
      : slide.layout === 'two-column'
        ? [
            { field: 'left.picture', label: 'left picture', picture: slide.left.picture },
            { field: 'right.picture', label: 'right picture', picture: slide.right.picture },
          ]
        : [];
  return places.flatMap(({ field, label, picture }) =>
    picture ? [{ slideIndex, slideId: slide.id, field, label, text: picture.caption.trim() || picture.alt, citations: [], slideCitations: slide.citations, portionMarking: picture.portionMarking, claim: false as const }] : [],
  );
}

/** True for the field of a picture portion (kept in a slide's statements even when it has no text). */
export function isPictureField(field: string): boolean {
  return field === 'background' || field === 'picture' || field.endsWith('.picture');
}
