import type { ImportedPictureData } from '../../../src-shared/ipc/pictureTypes';

/**
 * A picture ready for a deck, as the service answers it: its data URL (`data:image/(jpeg|png|svg+xml);base64,…`,
 * within the deck's image cap), its size in px, its media type, the file's and the stored image's size in bytes,
 * and whether it was scaled down. The IPC answer adds the file's name.
 */
export type ImportedPicture = Omit<ImportedPictureData, 'name'>;
