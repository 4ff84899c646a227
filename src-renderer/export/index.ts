/** The export dialog, loaded lazily by the app shell (`lazy(() => import('../export'))`). */
export { default } from './ExportDialog';
export { pageCountText } from './pageCountText';
