// Small shared pieces of the disclosure screens: the secrecy badge and the "withheld" sentence.
import type { DisclosureSummary, SubjectDisclosure } from '../../../../shared/model/disclosure';
import { formatDay, s } from '../../i18n';
import { embedUserText } from '../../../../shared/text/bidi';

const t = s.disclosures;

/**
 * May the subject be told? A badge the list and the detail share. "Secret until D" is withheld
 * before D and told from D on (as the subject view decides), so from `today` = D it reads as ended.
 */
export function SecrecyBadge({ d, today }: { d: Pick<DisclosureSummary, 'secrecy' | 'secretUntil' | 'inquiry'>; today: string }) {
  const v = s.disclosures.screens;
  const ended = d.secrecy === 'secret-until' && d.secretUntil !== null && d.secretUntil <= today;
  return (
    <span className="disclosure-secrecy">
      {d.secrecy === 'may-tell' && <span className="badge badge--ok">{t.secrecy['may-tell']}</span>}
      {d.secrecy === 'secret' && <span className="badge badge--danger">{t.secrecy.secret}</span>}
      {d.secrecy === 'secret-until' && d.secretUntil && !ended && <span className="badge badge--warning">{v.notUntil(formatDay(d.secretUntil))}</span>}
      {ended && d.secretUntil && <span className="badge badge--ok">{v.secrecyEndedBadge(formatDay(d.secretUntil))}</span>}
      {d.inquiry && (
        <span className="badge badge--muted" title={t.fields.inquiry}>
          {v.inquiryBadge}
        </span>
      )}
    </span>
  );
}

/** "Withheld until …, because …" for one disclosure in a subject's view; null when shown. */
export function withheldText(item: SubjectDisclosure): string | null {
  const w = item.withheld;
  if (!w) return null;
  const ground = w.ground ? embedUserText(w.ground) : s.disclosures.screens.noGroundGiven;
  if (w.reason === 'secret-until') return t.subjectView.withheld['secret-until'](w.until ? formatDay(w.until) : '…', ground);
  if (w.reason === 'secret') return t.subjectView.withheld.secret(ground);
  return t.subjectView.withheld['particular-inquiry']();
}
