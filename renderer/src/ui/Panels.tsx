import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/errors';
import { s } from '../i18n';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function Loading() {
  return (
    <p className="loading" role="status" aria-live="polite">
      {s.common.loading}
    </p>
  );
}

export function ErrorPanel({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <strong>{s.common.errorTitle}</strong>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {s.common.retry}
        </button>
      )}
    </div>
  );
}

export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
