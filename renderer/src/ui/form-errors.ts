import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../../shared/errors';
import { BridgeCallError } from '../bridge/BridgeContext';
import { s } from '../i18n';

/**
 * Puts the core's field-level errors next to the fields; anything not tied to a known field goes
 * to the form-level slot `root.server`.
 */
export function applyServerError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): void {
  const apiError: ApiError =
    err instanceof BridgeCallError ? err.apiError : { code: 'INTERNAL', message: s.common.unexpected };
  let placed = false;
  for (const [field, messages] of Object.entries(apiError.fieldErrors ?? {})) {
    if (fields.includes(field) && messages[0]) {
      setError(field as Path<T>, { type: 'server', message: messages[0] });
      placed = true;
    }
  }
  if (!placed || apiError.code === 'TOO_MANY_ATTEMPTS') setError('root.server' as Path<T>, { type: 'server', message: apiError.message });
}
