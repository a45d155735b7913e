// The disclosure form's values (what the inputs hold: strings, checkboxes) and their translation
// into the shared schema's input. The form validates with that schema (zodResolver over the
// translated values), so the screen and the core refuse the same things with the same messages.
import type { DisclosureContentInput, DisclosureDetail, Recipient, RecipientKind } from '../../../../shared/model/disclosure';
import { FLOW_KINDS, PUBLIC_AUTHORITY_KINDS } from '../../../../shared/model/disclosure';

export interface DisclosureFormValues {
  /** '' = a new directory entry from `recipient`. */
  recipientId: string;
  recipient: { name: string; kind: RecipientKind; country: string; contact: string; thirdCountry: boolean; safeguard: string };
  date: string;
  time: string;
  ground: string;
  groundNote: string;
  reference: string;
  categories: string[];
  subjects: { emails: string[]; customerIds: string[]; requestRefs: string[]; bulkCount: string };
  caseRef: string;
  approvedBy: string;
  approvedOn: string;
  inquiry: boolean;
  secrecy: { decision: string; until: string; ground: string };
  recurring: boolean;
  flow: { frequency: string; from: string; to: string; description: string };
  subjectToldOn: string;
  /** Corrections only. */
  reason: string;
}

export function emptyValues(today: string, requestRef?: string): DisclosureFormValues {
  return {
    recipientId: '',
    recipient: { name: '', kind: 'law-enforcement', country: '', contact: '', thirdCountry: false, safeguard: '' },
    date: today,
    time: '',
    ground: '',
    groundNote: '',
    reference: '',
    categories: [],
    subjects: { emails: [], customerIds: [], requestRefs: requestRef ? [requestRef] : [], bulkCount: '' },
    caseRef: '',
    approvedBy: '',
    approvedOn: '',
    inquiry: false,
    secrecy: { decision: 'may-tell', until: '', ground: '' },
    recurring: false,
    flow: { frequency: 'monthly', from: '', to: '', description: '' },
    subjectToldOn: '',
    reason: '',
  };
}

/** A correction starts from the current version. */
export function valuesOf(d: DisclosureDetail): DisclosureFormValues {
  return {
    recipientId: d.recipient.id,
    recipient: { name: d.recipient.name, kind: d.recipient.kind, country: '', contact: '', thirdCountry: false, safeguard: '' },
    date: d.date,
    time: d.time ?? '',
    ground: d.ground,
    groundNote: d.groundNote ?? '',
    reference: d.reference ?? '',
    categories: [...d.categories],
    subjects: { emails: [...d.subjects.emails], customerIds: [...d.subjects.customerIds], requestRefs: [...d.subjects.requestRefs], bulkCount: d.subjects.bulkCount === null ? '' : String(d.subjects.bulkCount) },
    caseRef: d.caseRef ?? '',
    approvedBy: d.approvedBy ?? '',
    approvedOn: d.approvedOn ?? '',
    inquiry: d.inquiry,
    secrecy: { decision: d.secrecy, until: d.secretUntil ?? '', ground: d.secrecyGround ?? '' },
    recurring: d.flow !== null,
    flow: d.flow
      ? { frequency: d.flow.frequency, from: d.flow.from, to: d.flow.to ?? '', description: d.flow.description ?? '' }
      : { frequency: 'monthly', from: d.date, to: '', description: '' },
    subjectToldOn: d.subjectToldOn ?? '',
    reason: '',
  };
}

/** The kind of recipient the form is about: the chosen directory entry's, or the new one's. */
export function kindOf(values: Pick<DisclosureFormValues, 'recipientId' | 'recipient'>, directory: readonly Recipient[]): RecipientKind {
  if (!values.recipientId) return values.recipient.kind;
  return directory.find((r) => r.id === values.recipientId)?.kind ?? values.recipient.kind;
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/**
 * The schema's input for these values. Fields that do not apply to the kind of recipient are left
 * out rather than sent empty: the Art. 4(9) flag only for public authorities, a flow only for
 * partners and advertisers (the schema refuses them otherwise, and a hidden input cannot be fixed).
 * A flow with no first day starts on the disclosure's date.
 */
export function toContentInput(v: DisclosureFormValues, directory: readonly Recipient[]): DisclosureContentInput {
  const kind = kindOf(v, directory);
  const bulk = v.subjects.bulkCount.trim();
  return {
    ...(v.recipientId
      ? { recipientId: v.recipientId }
      : {
          recipient: {
            name: v.recipient.name,
            kind: v.recipient.kind,
            country: orNull(v.recipient.country),
            contact: v.recipient.contact,
            thirdCountry: v.recipient.thirdCountry,
            safeguard: v.recipient.thirdCountry ? ((orNull(v.recipient.safeguard) as never) ?? null) : null,
          },
        }),
    date: v.date,
    time: orNull(v.time),
    ground: v.ground as never,
    groundNote: v.groundNote,
    reference: v.reference,
    categories: v.categories as never,
    subjects: {
      emails: v.subjects.emails,
      customerIds: v.subjects.customerIds,
      requestRefs: v.subjects.requestRefs,
      // A typed number, or the text as is (the schema then says "Enter a whole number.").
      bulkCount: bulk === '' ? null : /^\d+$/.test(bulk) ? Number(bulk) : (bulk as never),
    },
    caseRef: v.caseRef,
    approvedBy: v.approvedBy,
    approvedOn: orNull(v.approvedOn),
    inquiry: PUBLIC_AUTHORITY_KINDS.includes(kind) ? v.inquiry : false,
    secrecy: {
      decision: v.secrecy.decision as never,
      until: v.secrecy.decision === 'secret-until' ? orNull(v.secrecy.until) : null,
      ground: v.secrecy.decision === 'may-tell' ? '' : v.secrecy.ground,
    },
    flow: FLOW_KINDS.includes(kind) && v.recurring ? { frequency: v.flow.frequency as never, from: v.flow.from || v.date, to: orNull(v.flow.to), description: v.flow.description } : null,
    subjectToldOn: orNull(v.subjectToldOn),
  };
}
