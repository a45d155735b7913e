import { BridgeCallError } from '../../bridge/BridgeContext';
import { s } from '../../i18n';

/** The core's message plus its field-level messages, for a form-level error slot. */
export function errorText(err: unknown): string {
  if (err instanceof BridgeCallError) {
    const details = Object.values(err.apiError.fieldErrors ?? {}).flat();
    const unique = details.filter((d) => d !== err.apiError.message);
    return [err.apiError.message, ...unique].join(' ');
  }
  return s.insights.import.unexpected;
}
