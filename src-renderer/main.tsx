import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './editor/editor.css';
import { App } from './app/App';
import { PresentWindow, presentRouteFor } from './present';

/**
 * Renderer entry: the editor, or (routes `#/present/audience`, `#/present/presenter`) one of presenting
 * windows, which main opens with the same bundle; their views load lazily.
 */
const role = presentRouteFor(location.hash);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {role ? (
      <Suspense fallback={null}>
        <PresentWindow role={role} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
