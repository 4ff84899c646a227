import sharp from 'sharp';
import type { Picture, Slide } from '../../../../src-shared/deck';
import { svgProblems } from '../../pictures/svgCheck';

/** Largest size an SVG picture is drawn at for PowerPoint, in px (the picture import's own box). */
const RASTER_MAX_W = 1920;
const RASTER_MAX_H = 1080;

async function rasterize(picture: Picture, slideNumber: number): Promise<Picture> {
  if (!picture.src.startsWith('data:image/svg+xml;base64,')) return picture;
  const svg = Buffer.from(picture.src.slice(picture.src.indexOf(',') + 1), 'base64');
  // A deck file may come from anyone: check the SVG again before librsvg reads it, as the import does.
  const problems = svgProblems(svg.toString('utf8'));
  if (problems.length > 0) throw new Error(`slide ${slideNumber}: its SVG picture was refused: it has ${problems.join(', ')}`);
  const png = await sharp(svg, { density: 192 }).resize(RASTER_MAX_W, RASTER_MAX_H, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
  return { ...picture, src: `data:image/png;base64,${png.toString('base64')}` };
}

/**
 * The slides with every SVG picture drawn to PNG (sharp, through librsvg, at 192 dpi and at most 1920×1080 px):
 * PowerPoint's SVG support needs a PNG fallback in the file, and pptxgenjs cannot draw one in Node. Other slides
 * and raster pictures are returned as they are.
 * @throws Error naming the slide when an SVG picture has scripts or external references (svgProblems).
 */
export async function rasterizeSvgPictures(slides: readonly Slide[]): Promise<Slide[]> {
  return Promise.all(
    slides.map(async (s, i) => {
      if (s.layout === 'picture' && s.picture) return { ...s, picture: await rasterize(s.picture, i + 1) };
      if (s.layout === 'two-column' && (s.left.picture || s.right.picture)) {
        const left = s.left.picture ? { ...s.left, picture: await rasterize(s.left.picture, i + 1) } : s.left;
        const right = s.right.picture ? { ...s.right, picture: await rasterize(s.right.picture, i + 1) } : s.right;
        return { ...s, left, right };
      }
      return s;
    }),
  );
}
