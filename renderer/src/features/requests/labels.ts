import type { RequestType, Urgency } from '../../../../shared/model/request';
import { s } from '../../i18n';

/** "Access, Erasure" / "Inzage, Gegevenswissing". */
export function typeLabel(types: readonly RequestType[]): string {
  return types.map((t) => s.requests.typeLabels[t]).join(', ');
}

/** "AVG" / "GDPR" for a stored regime code; an unknown code (a newer app's) is shown as it is. */
export function regimeShort(regime: string): string {
  const names: Record<string, string> = s.requests.regimeShort;
  return names[regime] ?? regime.toUpperCase();
}

/** Urgency is shown by colour and by words, never by colour alone. */
export const URGENCY_CLASS: Record<Urgency, string> = {
  overdue: 'urgency urgency--overdue',
  'due-soon': 'urgency urgency--soon',
  'on-track': 'urgency urgency--ok',
  paused: 'urgency urgency--paused',
  done: 'urgency urgency--done',
};
