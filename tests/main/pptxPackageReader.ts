import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** The unzipped text parts of a .pptx, for assertions on the slide XML. */
export interface PptxParts {
  files: Record<string, string>;
  /** `ppt/slides/slideN.xml` in slide order. */
  slides: string[];
  /** Relationship files of the slides, in slide order. */
  slideRels: string[];
  /** Notes slide XML by slide number (1-based), for slides that have one. */
  notes: Map<number, string>;
}

/** Unzips a .pptx (jszip) and sorts out its slides, their relationships and notes slides. */
export async function readPptx(bytes: Uint8Array): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files[name] = await entry.async('string');
  const count = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides = Array.from({ length: count }, (_, i) => files[`ppt/slides/slide${i + 1}.xml`]);
  const slideRels = Array.from({ length: count }, (_, i) => files[`ppt/slides/_rels/slide${i + 1}.xml.rels`] ?? '');
  const notes = new Map<number, string>();
  slideRels.forEach((rels, i) => {
    const target = /Type="[^"]*\/notesSlide" Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
    if (target) notes.set(i + 1, files[`ppt/notesSlides/${target}`]);
  });
  return { files, slides, slideRels, notes };
}

/** The text of an XML part: the runs (`<a:t>`) of a paragraph joined as they read, paragraphs joined by spaces. */
export function xmlText(xml: string): string {
  const paras = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]);
  return (paras.length ? paras : [xml]).map(runText).filter(Boolean).join(' ');
}

function runText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1])).join('');
}

/** The paragraphs (`<a:p>`) of an XML part as text, with their `lvl` (0 when absent). */
export function paragraphs(xml: string): { text: string; level: number }[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => ({ text: runText(m[1]), level: Number(/<a:pPr\b[^>]*\blvl="(\d)"/.exec(m[1])?.[1] ?? 0) }));
}

export function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** True when LibreOffice (`libreoffice` on PATH) can be used for conversion tests. */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('which', ['libreoffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `bytes` to tests/artifacts/pptx/<name>.pptx, converts it with `libreoffice --headless --convert-to pdf`
 * (a private user profile, so parallel runs do not share one) and renders PNGs at 50 dpi for a look.
 * Returns the PDF's page count (pdfinfo) and text (pdftotext).
 */
export function convertWithLibreOffice(bytes: Uint8Array, name: string): { pages: number; text: string; pdf: string } {
  const dir = join('tests', 'artifacts', 'pptx');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.pptx`);
  writeFileSync(file, bytes);
  const profile = mkdtempSync(join(tmpdir(), 'briefdeck-lo-'));
  try {
    execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, name)]);
  return { pages, text, pdf };
}
