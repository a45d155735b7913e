// Was a material change announced in time? The WP29/EDPB transparency guidelines (WP260 rev.01,
// para. 29-31) ask that fundamental changes be communicated "well in advance" of taking effect;
// the workbench makes that a number of days (setting policyNoticeDays, 30 by default).
import { daysBetween } from '../dates/iso';
import type { PolicyRevisionSummary } from '../model/policy';

type Warning = PolicyRevisionSummary['warnings'][number];

export function noticeWarnings(r: Pick<PolicyRevisionSummary, 'change' | 'notice' | 'effectiveDate'>, requiredDays: number): Warning[] {
  if (r.change?.class !== 'material') return [];
  const on = r.notice?.on;
  if (!on) return [{ code: 'notice-missing', days: null, required: requiredDays }];
  const days = daysBetween(on, r.effectiveDate);
  return days < requiredDays ? [{ code: 'notice-late', days, required: requiredDays }] : [];
}
