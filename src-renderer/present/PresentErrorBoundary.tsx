import { Component, type ReactNode } from 'react';
import { stopPresentation } from './presentCommands';

interface State {
  error: string | null;
}

/**
 * Catches a presenting view that fails to load or render (e.g. its lazily loaded code is missing) and says so, with
 * Esc (or the button) ending the presentation, instead of leaving a blank fullscreen window in front of the room.
 */
export class PresentErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidUpdate(): void {
    if (this.state.error) window.addEventListener('keydown', this.onKey);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') stopPresentation();
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="present-message" role="alert">
        <p>The presenting view could not be shown: {this.state.error}</p>
        <button type="button" onClick={stopPresentation}>End the presentation (Esc)</button>
      </div>
    );
  }
}
