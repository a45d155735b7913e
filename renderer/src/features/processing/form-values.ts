// The processing form's values (what the inputs hold: strings, checkbox lists) and their
// translation into the shared schema's input. The form validates with that schema (zodResolver
// over the translated values), so the screen and the core refuse the same things with the same
// messages. Transfers are rows of their own; sub-processors are typed one per line ("Datacenter BV, NL").
import type { CitableField, ActivityContent, ActivityContentInput, ProcessingDetail, RecordKind } from '../../../../shared/model/processing';

export interface ProcessingFormValues {
  kind: RecordKind;
  name: string;
  purposes: string[];
  legalBasis: string;
  legitimateInterestNote: string;
  subjectKinds: string[];
  dataCategories: string[];
  recipients: { kinds: string[]; recipientIds: string[]; note: string };
  /** One row per third-country transfer. */
  transfers: Array<{ country: string; safeguard: string; note: string }>;
  retention: string;
  security: string;
  sources: string[];
  sourceNote: string;
  automatedDecisions: boolean;
  automatedDecisionsNote: string;
  owner: string;
  lastReviewedOn: string;
  controllerName: string;
  controllerContact: string;
  processingCategories: string[];
  /** One sub-processor per line: name, country. */
  subProcessors: string;
}

export function emptyValues(kind: RecordKind = 'controller'): ProcessingFormValues {
  return {
    kind,
    name: '',
    purposes: [],
    legalBasis: '',
    legitimateInterestNote: '',
    subjectKinds: [],
    dataCategories: [],
    recipients: { kinds: [], recipientIds: [], note: '' },
    transfers: [],
    retention: '',
    security: '',
    sources: [],
    sourceNote: '',
    automatedDecisions: false,
    automatedDecisionsNote: '',
    owner: '',
    lastReviewedOn: '',
    controllerName: '',
    controllerContact: '',
    processingCategories: [],
    subProcessors: '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const cells = (line: string) => line.split(',').map((c) => c.trim());

/** An edit starts from the current version. */
export function valuesOf(d: ProcessingDetail): ProcessingFormValues {
  const c: ActivityContent = d.content;
  const base = emptyValues(c.kind);
  const transfers = c.transfers.map((t) => ({ country: t.country, safeguard: t.safeguard, note: t.note ?? '' }));
  const common = { ...base, name: c.name, transfers, security: c.security ?? '', owner: c.owner ?? '', lastReviewedOn: c.lastReviewedOn ?? '' };
  if (c.kind === 'processor')
    return {
      ...common,
      controllerName: c.controllerName,
      controllerContact: c.controllerContact ?? '',
      processingCategories: c.processingCategories,
      subProcessors: c.subProcessors.map((p) => [p.name, p.country ?? ''].filter(Boolean).join(', ')).join('\n'),
    };
  return {
    ...common,
    purposes: c.purposes,
    legalBasis: c.legalBasis,
    legitimateInterestNote: c.legitimateInterestNote ?? '',
    subjectKinds: c.subjectKinds,
    dataCategories: c.dataCategories,
    recipients: { kinds: c.recipients.kinds, recipientIds: c.recipients.recipientIds, note: c.recipients.note ?? '' },
    retention: c.retention,
    sources: c.sources,
    sourceNote: c.sourceNote ?? '',
    automatedDecisions: c.automatedDecisions,
    automatedDecisionsNote: c.automatedDecisionsNote ?? '',
  };
}

/**
 * The schema's input; `citations` and `toComplete` are those of the version being edited, minus the
 * fields the DPO confirmed (the core drops stale ones and never adds any).
 */
export function toContentInput(v: ProcessingFormValues, citations: Record<string, string> = {}, toComplete: readonly CitableField[] = []): ActivityContentInput {
  const transfers = v.transfers.map((t) => ({ country: t.country, safeguard: t.safeguard as never, note: t.note }));
  const common = { name: v.name, transfers, security: v.security, owner: v.owner, lastReviewedOn: v.lastReviewedOn || null, citations, toComplete: [...toComplete] };
  if (v.kind === 'processor')
    return {
      kind: 'processor',
      ...common,
      controllerName: v.controllerName,
      controllerContact: v.controllerContact,
      processingCategories: v.processingCategories,
      subProcessors: lines(v.subProcessors).map((l) => {
        const [name = '', country = ''] = cells(l);
        return { name, country: country || null };
      }),
    };
  return {
    kind: 'controller',
    ...common,
    purposes: v.purposes,
    legalBasis: v.legalBasis as never,
    legitimateInterestNote: v.legitimateInterestNote,
    subjectKinds: v.subjectKinds as never,
    dataCategories: v.dataCategories as never,
    recipients: { kinds: v.recipients.kinds as never, recipientIds: v.recipients.recipientIds, note: v.recipients.note },
    retention: v.retention,
    sources: v.sources as never,
    sourceNote: v.sourceNote,
    automatedDecisions: v.automatedDecisions,
    automatedDecisionsNote: v.automatedDecisions ? v.automatedDecisionsNote : null,
  };
}
