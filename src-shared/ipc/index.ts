/** The IPC contract (see channels.ts for the channel list). */
export * from './channels';
export * from './contract';
export * from './events';
export * from './failure';
export * from './libraryTypes';
export * from './presentChannels';
export * from './presentRequests';
export * from './requests';
export * from './responses';
export * from './validateRequest';
export * from './sourceTypes';
export * from './pictureTypes';
// The export requests carry the export options of src-shared/export as they are.
export type { ExportFormat, ExportOptions } from '../export/exportOptions';
