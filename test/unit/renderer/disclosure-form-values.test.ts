// The disclosure form's values become the shared schema's input: what does not apply to the kind
// of recipient is left out (a hidden input the DPO cannot see must not make the form refuse), and
// what the schema refuses comes back by field.
import { describe, expect, it } from 'vitest';
import { disclosureAddInput, disclosureCorrectInput, type DisclosureDetail, type Recipient } from '../../../shared/model/disclosure';
import { emptyValues, kindOf, toContentInput, valuesOf } from '../../../renderer/src/features/disclosures/form-values';

const TODAY = '2026-12-06';
const police: Recipient = { id: '0193a000-0000-7000-8000-000000000001', name: 'Politie', kind: 'law-enforcement', country: 'NL', contact: null, thirdCountry: false, safeguard: null, version: 1 };

function filled() {
  const v = emptyValues(TODAY);
  v.recipient.name = 'Acme Partners';
  v.recipient.kind = 'partner';
  v.ground = 'contract';
  v.categories = ['contact'];
  v.subjects.emails = ['a@example.nl'];
  return v;
}

const issues = (input: unknown) => disclosureAddInput.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('disclosure form values → schema input', () => {
  it('a filled form passes the shared schema', () => {
    expect(issues(toContentInput(filled(), []))).toEqual([]);
  });

  it('the Art. 4(9) flag is sent only for a public authority, so a partner with it ticked earlier is not refused', () => {
    const v = filled();
    v.inquiry = true; // ticked while the kind was law enforcement, then the kind changed
    expect(toContentInput(v, []).inquiry).toBe(false);
    expect(issues(toContentInput(v, []))).toEqual([]);
    v.recipientId = police.id;
    expect(kindOf(v, [police])).toBe('law-enforcement');
    expect(toContentInput(v, [police]).inquiry).toBe(true);
    expect(toContentInput(v, [police]).recipient).toBeUndefined();
  });

  it('a recurring flow only for partners and advertisers, starting on the disclosure date when no first day is given', () => {
    const v = filled();
    v.date = '2026-12-04';
    v.recurring = true;
    v.flow.frequency = 'weekly';
    expect(toContentInput(v, []).flow).toEqual({ frequency: 'weekly', from: '2026-12-04', to: null, description: '' });
    expect(issues(toContentInput(v, []))).toEqual([]);
    v.recipient.kind = 'court';
    expect(toContentInput(v, []).flow).toBeNull();
  });

  it('secrecy: the date only with "secret until", the ground required by field when not "may tell"', () => {
    const v = filled();
    v.secrecy = { decision: 'may-tell', until: '2027-01-01', ground: 'left over' };
    expect(toContentInput(v, []).secrecy).toEqual({ decision: 'may-tell', until: null, ground: '' });
    v.secrecy = { decision: 'secret-until', until: '', ground: '' };
    expect(issues(toContentInput(v, []))).toEqual(expect.arrayContaining(['secrecy.until', 'secrecy.ground']));
  });

  it('a bulk count that is not a number is refused by field, not silently dropped', () => {
    const v = filled();
    v.subjects.bulkCount = 'twelve';
    expect(issues(toContentInput(v, []))).toContain('subjects.bulkCount');
    v.subjects.bulkCount = '12';
    expect(toContentInput(v, []).subjects?.bulkCount).toBe(12);
  });

  it('a correction starts from the current version and passes the correction schema with a reason', () => {
    const detail = {
      id: '0193a000-0000-7000-8000-0000000000aa',
      ref: 'D-2026-0001',
      date: '2026-12-01',
      time: null,
      recipient: { id: police.id, name: police.name, kind: police.kind },
      ground: 'warrant',
      groundNote: null,
      reference: 'Sv art. 126na',
      categories: ['identity'],
      inquiry: true,
      secrecy: 'secret',
      secretUntil: null,
      secrecyGround: 'Sv art. 126bb',
      subjects: { emails: [], customerIds: ['C-1'], requestRefs: [], bulkCount: null },
      subjectsCount: 1,
      caseRef: null,
      approvedBy: null,
      approvedOn: null,
      flow: null,
      subjectToldOn: null,
      recurring: false,
      version: 1,
      files: [],
      versions: [],
      createdAt: '',
      updatedAt: '',
    } satisfies DisclosureDetail;
    const v = valuesOf(detail);
    const input = { ...toContentInput(v, [police]), id: detail.id, expectedVersion: 1, reason: 'Order number corrected.' };
    const parsed = disclosureCorrectInput.safeParse(input);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({ recipientId: police.id, inquiry: true, secrecy: { decision: 'secret', ground: 'Sv art. 126bb' } });
  });
});
