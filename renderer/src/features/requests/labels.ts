import type { RequestType, Urgency } from '../../../../shared/model/request';
import { s } from '../../i18n';

/** "Access, Erasure" / "Inzage, Gegevenswissing". */
export function typeLabel(types: readonly RequestType[]): string {
  return types.map((t) => s.requests.typeLabels[t]).join(', ');
}

/** Urgency is shown by colour and by words, never by colour alone. */
export const URGENCY_CLASS: Record<Urgency, string> = {
  overdue: 'urgency urgency--overdue',
  'due-soon': 'urgency urgency--soon',
  'on-track': 'urgency urgency--ok',
  paused: 'urgency urgency--paused',
  done: 'urgency urgency--done',
};
