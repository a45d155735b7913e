// The breach form's values (what the inputs hold: strings, checkboxes) and their translation into
// the shared schema's input. The paths are the schema's own (awareAt.local, notification.at.zone…),
// so a field error from the form's zod check or from the core lands on the input that caused it.
import type { BreachContentInput, BreachDetail } from '../../../../shared/model/breach';

export interface InstantValues {
  local: string;
  zone: string;
}

export interface BreachFormValues {
  title: string;
  role: string;
  discoveredAt: InstantValues;
  awareAt: InstantValues;
  natures: string[];
  description: string;
  subjectCategories: string[];
  dataCategories: string[];
  subjectsApprox: string;
  recordsApprox: string;
  consequences: string;
  measuresTaken: string;
  measuresProposed: string;
  risk: string;
  riskReasoning: string;
  notified: boolean;
  notification: { at: InstantValues; reference: string; authority: string; delayReasons: string };
  subjectsTold: { decision: string; on: string; how: string; ground: string; reason: string };
  controllersNotified: Array<{ controller: string; notifiedAt: InstantValues }>;
  /** Corrections only. */
  reason: string;
}

export function emptyValues(zone: string): BreachFormValues {
  const blank = { local: '', zone };
  return {
    title: '',
    role: 'controller',
    discoveredAt: blank,
    awareAt: blank,
    natures: [],
    description: '',
    subjectCategories: [],
    dataCategories: [],
    subjectsApprox: '',
    recordsApprox: '',
    consequences: '',
    measuresTaken: '',
    measuresProposed: '',
    risk: '',
    riskReasoning: '',
    notified: false,
    notification: { at: blank, reference: '', authority: '', delayReasons: '' },
    subjectsTold: { decision: 'undecided', on: '', how: '', ground: '', reason: '' },
    controllersNotified: [],
    reason: '',
  };
}

/** A correction starts from the current version. */
export function valuesOf(b: BreachDetail, zone: string): BreachFormValues {
  const c = b.content;
  const inst = (i: { local: string; zone: string }) => ({ local: i.local, zone: i.zone });
  return {
    title: c.title,
    role: c.role,
    discoveredAt: inst(c.discoveredAt),
    awareAt: inst(c.awareAt),
    natures: [...c.natures],
    description: c.description ?? '',
    subjectCategories: [...c.subjectCategories],
    dataCategories: [...c.dataCategories],
    subjectsApprox: c.subjectsApprox === null ? '' : String(c.subjectsApprox),
    recordsApprox: c.recordsApprox === null ? '' : String(c.recordsApprox),
    consequences: c.consequences ?? '',
    measuresTaken: c.measuresTaken ?? '',
    measuresProposed: c.measuresProposed ?? '',
    risk: c.risk,
    riskReasoning: c.riskReasoning,
    notified: c.notification !== null,
    notification: c.notification
      ? { at: inst(c.notification.at), reference: c.notification.reference ?? '', authority: c.notification.authority ?? '', delayReasons: c.notification.delayReasons ?? '' }
      : { at: { local: '', zone }, reference: '', authority: '', delayReasons: '' },
    subjectsTold: { decision: c.subjectsTold.decision, on: c.subjectsTold.on ?? '', how: c.subjectsTold.how ?? '', ground: c.subjectsTold.ground ?? '', reason: c.subjectsTold.reason ?? '' },
    controllersNotified: c.controllersNotified.map((x) => ({ controller: x.controller, notifiedAt: inst(x.notifiedAt) })),
    reason: '',
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v);
/** A typed whole number, or the text as is (the schema then says "Enter a whole number."). */
const count = (v: string) => (v.trim() === '' ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : (v as never));

/** The schema's input for these values; parts that do not apply (customers for a controller's breach) are left out. */
export function toContentInput(v: BreachFormValues): BreachContentInput {
  const decision = v.subjectsTold.decision;
  return {
    title: v.title,
    role: v.role as never,
    discoveredAt: v.discoveredAt,
    awareAt: v.awareAt,
    natures: v.natures as never,
    description: v.description,
    subjectCategories: v.subjectCategories as never,
    dataCategories: v.dataCategories as never,
    subjectsApprox: count(v.subjectsApprox),
    recordsApprox: count(v.recordsApprox),
    consequences: v.consequences,
    measuresTaken: v.measuresTaken,
    measuresProposed: v.measuresProposed,
    risk: v.risk as never,
    riskReasoning: v.riskReasoning,
    notification: v.notified ? v.notification : null,
    subjectsTold: {
      decision: decision as never,
      on: decision === 'told' ? orNull(v.subjectsTold.on) : null,
      how: decision === 'told' ? v.subjectsTold.how : '',
      ground: decision === 'not-told' ? (orNull(v.subjectsTold.ground) as never) : null,
      reason: decision === 'not-told' ? v.subjectsTold.reason : '',
    },
    controllersNotified: v.role === 'processor' ? v.controllersNotified : [],
  };
}
