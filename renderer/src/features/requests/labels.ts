import { REQUEST_TYPES, type RequestType, type Urgency } from '../../../../shared/model/request';
import { s } from '../../i18n';

/**
 * "Access, Erasure" / "Inzage, Gegevenswissing", from a list of types or the summary form
 * "access+erasure"; an unknown code (a newer app's, an imported cell) is shown as it is.
 */
export function typeLabel(types: readonly string[] | string): string {
  const codes = typeof types === 'string' ? types.split('+') : types;
  return codes.map((t) => ((REQUEST_TYPES as readonly string[]).includes(t) ? s.requests.typeLabels[t as RequestType] : t)).join(', ');
}

/** "AVG" / "GDPR" for a stored regime code; an unknown code (a newer app's) is shown as it is. */
export function regimeShort(regime: string): string {
  const names: Record<string, string> = s.requests.regimeShort;
  return names[regime] ?? regime.toUpperCase();
}

/**
 * The badge (ui/kit.css) for a deadline's urgency; on track and done are plain text, so the
 * deadlines that need attention stand out. Urgency is shown by colour and by words, never by
 * colour alone.
 */
export const URGENCY_CLASS: Record<Urgency, string> = {
  overdue: 'badge badge--danger',
  'due-soon': 'badge badge--warning',
  'on-track': '',
  paused: 'badge badge--muted',
  done: '',
};
