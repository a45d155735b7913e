// The processing form's values and back: opening an activity in the form and saving it unchanged
// gives the same content (so the core answers "nothing differs" instead of writing a version that
// changed nothing), for every activity of the example record and for a processor record.
import { describe, expect, it } from 'vitest';
import { activityContent, type ActivityContent, type ProcessingDetail } from '../../../shared/model/processing';
import { EXAMPLE_ACTIVITIES } from '../../../main/services/processing/example-record';
import { emptyValues, toContentInput, valuesOf } from '../../../renderer/src/features/processing/form-values';

const detailOf = (content: ActivityContent) => ({ content }) as ProcessingDetail;
// An absent optional field and a null one are the same content (the core compares them so).
const norm = (c: unknown) => JSON.parse(JSON.stringify(c, (_k, v: unknown) => (v === null ? undefined : v))) as unknown;
const roundTrip = (content: ActivityContent) => norm(activityContent.parse(toContentInput(valuesOf(detailOf(content)), content.citations)));

describe('processing form values', () => {
  it('round-trip every example activity unchanged', () => {
    for (const a of EXAMPLE_ACTIVITIES) expect(roundTrip(activityContent.parse(a.content)), a.key).toEqual(norm(activityContent.parse(a.content)));
  });

  it('round-trip a processor record with transfers and sub-processors', () => {
    const content = activityContent.parse({
      kind: 'processor',
      controllerName: 'Webshop BV',
      controllerContact: 'privacy@webshop.example',
      name: 'Hosting',
      processingCategories: ['Storage', 'Backups'],
      subProcessors: [{ name: 'Datacenter BV', country: 'NL' }, { name: 'Offsite backups' }],
      transfers: [{ country: 'US', safeguard: 'sccs', note: 'Support desk' }],
      lastReviewedOn: '2026-01-15',
    });
    expect(roundTrip(content)).toEqual(norm(content));
  });

  it('an empty form is refused field by field, as the core would', () => {
    const r = activityContent.safeParse(toContentInput(emptyValues()));
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'purposes', 'legalBasis', 'subjectKinds', 'dataCategories', 'retention']));
  });
});
