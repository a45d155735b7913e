import { REQUEST_TYPE_INFO, type RequestType, type Urgency } from '../../../../shared/model/request';

export function typeLabel(types: readonly RequestType[]): string {
  return types.map((t) => REQUEST_TYPE_INFO[t].label).join(', ');
}

/** Urgency is shown by colour and by words, never by colour alone. */
export const URGENCY_CLASS: Record<Urgency, string> = {
  overdue: 'urgency urgency--overdue',
  'due-soon': 'urgency urgency--soon',
  'on-track': 'urgency urgency--ok',
  paused: 'urgency urgency--paused',
  done: 'urgency urgency--done',
};
