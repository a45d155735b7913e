// Badges for a revision's codes. Each says its meaning in words (never colour alone).
import type { CheckStatus, PolicyRevisionSummary } from '../../../../shared/model/policy';
import { formatDay, s } from '../../i18n';

const STATUS_CLASS: Record<CheckStatus, string> = { present: 'badge--ok', missing: 'badge--danger', unclear: 'badge--warning' };

export function StatusBadge({ status }: { status: CheckStatus }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{s.policyCodes.statuses[status]}</span>;
}

/** The change classification: its class, and for a material change what makes it material. */
export function ChangeBadges({ change }: { change: PolicyRevisionSummary['change'] }) {
  if (!change) return <span className="field__hint">{s.policy.view.firstRevision}</span>;
  return (
    <span className="policy-badges">
      <span className={`badge ${change.class === 'material' ? 'badge--info' : 'badge--muted'}`}>{s.policyCodes.changeClasses[change.class]}</span>
      {change.material.map((m) => (
        <span key={m} className="badge badge--muted">
          {s.policyCodes.materialChanges[m]}
        </span>
      ))}
    </span>
  );
}

/** The notice: when and how customers were told, and the warning when it was late or missing. */
export function NoticeLine({ r }: { r: Pick<PolicyRevisionSummary, 'notice' | 'warnings' | 'change'> }) {
  const t = s.policy;
  const told = r.notice?.on ? t.view.noticeTold(formatDay(r.notice.on)) : null;
  const how = r.notice?.how.map((h) => s.policyCodes.noticeChannels[h]).join(', ');
  return (
    <span className="policy-notice">
      {told ? `${told}${how ? ` (${how})` : ''}` : r.change?.class === 'material' ? null : t.view.noticeNone}
      {r.warnings.map((w) => (
        <span key={w.code} className="policy-warning" role="note" data-testid="notice-warning">
          <span aria-hidden="true">⚠ </span>
          {w.code === 'notice-late' ? s.policyCodes.noticeLate(w.days ?? 0, w.required) : s.policyCodes.noticeMissing(w.required)}
        </span>
      ))}
      {r.change?.class === 'material' && r.warnings.length === 0 && <span className="badge badge--ok">{t.timeline.noticeOk}</span>}
    </span>
  );
}
