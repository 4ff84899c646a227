/**
 * A picture that cannot be imported, with a one-line message that names the file and the reason ("map.png is not an
 * image: …"). The app shows it in the window and the CLI prints it; the deck is unchanged.
 */
export class PictureError extends Error {
  override readonly name = 'PictureError';
}
