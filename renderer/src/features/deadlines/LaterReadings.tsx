import type { AlternativeField, DeadlineResult } from '../../../../shared/deadlines';
import { deadlineWarning as deadlineWarningText, laterReading, s } from '../../i18n';

/**
 * Beneath a binding date: the later dates other readings of the law give, each with its source.
 * The binding date above it is the earliest defensible one; these never replace it.
 */
export function LaterReadings({ result, field }: { result: DeadlineResult; field: AlternativeField }) {
  const later = result.alternatives.filter((a) => a.field === field);
  if (later.length === 0) return null;
  return (
    <ul className="later-readings field__hint" aria-label={s.explain.laterReadings} data-testid={`later-readings-${field}`}>
      {later.map((a) => (
        <li key={a.reading + a.date}>{laterReading(a)}</li>
      ))}
    </ul>
  );
}

/** Every deadline warning, in the chosen language. */
export function DeadlineWarnings({ result, label }: { result: DeadlineResult; label: string }) {
  if (result.warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label={label}>
      {result.warnings.map((w) => (
        <li key={w.code + w.message}>{deadlineWarningText(w)}</li>
      ))}
    </ul>
  );
}
