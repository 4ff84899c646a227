import JSZip from 'jszip';

/**
 * Post-processing of the .pptx package written by pptxgenjs 4.0.1, for defects that PowerPoint reports as
 * "PowerPoint found a problem with content" (LibreOffice tolerates them):
 * - pptxgenjs writes an `<a:pPr>` before *every* run of a paragraph; the schema (ECMA-376 CT_TextParagraph) allows
 *   one, first. Later ones are removed (the first run's, which holds the bullet and level, stays).
 * - `[Content_Types].xml` declares parts that are not in the package (one slideMaster per slide,
 *   gitbrent/PptxGenJS#1444); overrides without a part are removed.
 * - A solid slide background `<p:bgPr>` lacks the required effect list (gitbrent/PptxGenJS#1442); `<a:effectLst/>`
 *   is added.
 * - Media with no `<Default Extension>` (pptxgenjs declares none for WebP) get one.
 * - The slide-number field is followed by " / N" (N = slides in the file), as the HTML footer's "n / N".
 * - Bullet characters (`<a:buChar>`) get the deck's accent colour (`<a:buClr>`, before the size in CT_TextParagraph-
 *   Properties order), as the HTML lists' `li::marker`; pptxgenjs has no bullet colour option.
 * With `stripNotes`, the notes slides are taken out of the package altogether (parts, relationships and content
 * types), so an audience copy carries no notes page at all.
 * The package is read and re-written with jszip (the library pptxgenjs itself zips with), parts deflated at level 6.
 * @throws Error (from jszip) when `bytes` is not a ZIP archive.
 */
export async function finishPptxPackage(bytes: Uint8Array, options: { stripNotes: boolean; bulletColor?: string }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string): Promise<string> => zip.file(name)!.async('string');
  const names = (): string[] => Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  if (options.stripNotes) {
    for (const name of names()) {
      if (name.startsWith('ppt/notesSlides/')) zip.remove(name);
      else if (/^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(name)) zip.file(name, (await text(name)).replace(/<Relationship\b[^>]*Type="[^"]*\/notesSlide"[^>]*\/>/g, ''));
    }
  }
  const slideCount = names().filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const parts = names().filter((n) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(n));
  const repaired = await Promise.all(parts.map(async (name) => {
    const xml = await text(name);
    let fixed = addBackgroundEffects(singleParagraphProperties(xml));
    if (options.bulletColor && name.startsWith('ppt/slides/')) fixed = colourBullets(fixed, options.bulletColor);
    if (name.startsWith('ppt/slides/')) fixed = fixed.replace(/(<a:fld [^>]*type="slidenum">[\s\S]*?<\/a:fld>)/, `$1<a:r><a:rPr lang="en-US" dirty="0"/><a:t> / ${slideCount}</a:t></a:r>`);
    return { name, changed: fixed !== xml, fixed };
  }));
  for (const { name, changed, fixed } of repaired) if (changed) zip.file(name, fixed);
  let types = (await text('[Content_Types].xml')).replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (zip.file(part) ? m : ''));
  const mediaTypes = new Set(names().map((n) => /^ppt\/media\/[^/]+\.([a-z0-9]+)$/i.exec(n)?.[1].toLowerCase()).filter((e): e is string => !!e));
  for (const ext of mediaTypes) {
    if (!types.includes(`Extension="${ext}"`)) types = types.replace('<Default ', `<Default Extension="${ext}" ContentType="image/${ext === 'jpg' ? 'jpeg' : ext}"/><Default `);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: PPTX_MIME });
}

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const PPR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

/** Keeps a paragraph's `<a:pPr>` only when it is the paragraph's first child. */
export function singleParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, inner: string) => {
    let index = 0;
    const kept = inner.replace(PPR, (ppr: string, offset: number) => (index++ === 0 && offset === 0 ? ppr : ''));
    return `<a:p>${kept}</a:p>`;
  });
}

/** Gives every character bullet the colour `hex` (RRGGBB); pptxgenjs 4.0.1 writes no `<a:buClr>` of its own. */
export function colourBullets(xml: string, hex: string): string {
  return xml.replace(/(<a:buSzPct val="\d+"\/>)?<a:buChar /g, (m: string) => `<a:buClr><a:srgbClr val="${hex}"/></a:buClr>${m}`);
}

function addBackgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (m, inner: string) => (/<a:effect(Lst|Dag)\b/.test(inner) ? m : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`));
}
