import { Component, type ErrorInfo, type ReactNode } from 'react';
import { s } from '../i18n';

/** A render error in one screen shows a calm message instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately not logged with details: component state can hold personal data.
  }

  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>{s.errorBoundary.title}</h2>
        <p>{s.errorBoundary.body}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {s.errorBoundary.reload}
        </button>
      </div>
    );
  }
}
