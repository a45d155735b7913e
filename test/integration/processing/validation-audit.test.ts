// Bad input gets a field-level message; each change writes exactly one audit event in its own
// transaction, with codes and changed field names; the review-due list follows the setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../../main/store/audit-chain';
import { addMonthsClamped, addDays } from '../../../shared/dates/iso';
import { today } from '../requests/helpers';
import { billing, hosting, openClockedCore, type ClockedCore } from './helpers';

let t: ClockedCore;
beforeAll(async () => {
  t = await openClockedCore();
}, 60_000);
afterAll(() => t.close());

function events() {
  const db = t.core.session.requireStore().db;
  return (db.prepare("SELECT body FROM audit_events ORDER BY seq").pluck().all() as Buffer[]).map(decodeBody).filter((e) => e.entityType === 'processing-activity');
}

describe('validation', () => {
  it('names the field of each problem', async () => {
    const e = await t.fail('processing.add', billing({ name: ' ', purposes: [], subjectKinds: [], dataCategories: [], retention: '', legalBasis: 'legitimate-interest', automatedDecisions: true }));
    expect(e.code).toBe('VALIDATION');
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(['automatedDecisionsNote', 'dataCategories', 'legitimateInterestNote', 'name', 'purposes', 'retention', 'subjectKinds']);
    const notes = await t.fail('processing.add', billing({ legalBasis: 'legitimate-interest', automatedDecisions: true }));
    expect(notes.fieldErrors).toEqual({
      legitimateInterestNote: ['Legitimate interest needs its balancing note (GDPR Art. 6(1)(f)).'],
      automatedDecisionsNote: ['Describe the automated decision and its logic (GDPR Art. 15(1)(h), Art. 22).'],
    });
    const transfer = await t.fail('processing.add', billing({ transfers: [{ country: 'USA', safeguard: 'handshake' as never }] }));
    expect(Object.keys(transfer.fieldErrors ?? {}).sort()).toEqual(['transfers.0.country', 'transfers.0.safeguard']);
    const ahead = await t.fail('processing.add', billing({ lastReviewedOn: addDays(today(), 2) }));
    expect(ahead.fieldErrors?.lastReviewedOn?.[0]).toMatch(/still to come/);
    const proc = await t.fail('processing.add', hosting({ controllerName: '', processingCategories: [] }));
    expect(Object.keys(proc.fieldErrors ?? {}).sort()).toEqual(['controllerName', 'processingCategories']);
    expect((await t.fail('processing.get', { id: '0190f5c4-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(events()).toEqual([]);
  });
});

describe('audit per mutation', () => {
  it('add, edit, reviewed and delete each write one event with codes, never the owner or the reason', async () => {
    const a = await t.call('processing.add', billing());
    const { versions: _v, ...rest } = a;
    void _v;
    await t.call('processing.edit', { id: a.id, content: { ...(rest.content as object), retention: 'Ten years.' } as never });
    await t.call('processing.reviewed', { id: a.id, on: today() });
    await t.call('processing.delete', { id: a.id, reason: 'Merged into accounts by J. de Vries.' });
    const ev = events();
    expect(ev.map((e) => [e.operation, e.entityId, Object.keys(e.summary)[0]])).toEqual([
      ['processing.add', a.ref, 'added'],
      ['processing.edit', a.ref, 'edited'],
      ['processing.reviewed', a.ref, 'reviewed'],
      ['processing.delete', a.ref, 'deleted'],
    ]);
    expect(ev[1]!.summary.edited).toMatchObject({ version: 2, changed: ['retention'], legalBasis: 'contract' });
    expect(ev[2]!.summary.reviewed).toMatchObject({ version: 3, changed: ['lastReviewedOn'], lastReviewedOn: today() });
    const all = JSON.stringify(ev);
    expect(all).not.toContain('de Vries');
    expect(all).not.toContain('Seven years');
  });
});

describe('review reminders', () => {
  it('an activity not reviewed within processingReviewMonths is due, never-reviewed first', async () => {
    const now = today();
    const fresh = await t.call('processing.add', billing({ name: 'Fresh', lastReviewedOn: addMonthsClamped(now, -11) }));
    const stale = await t.call('processing.add', billing({ name: 'Stale', lastReviewedOn: addMonthsClamped(now, -12) }));
    const never = await t.call('processing.add', hosting({ name: 'Never' }));
    expect(fresh.reviewDue).toBe(false);
    expect(stale.reviewDue).toBe(true);
    const due = await t.call('processing.reviewDue', {});
    expect(due.map((d) => [d.id, d.dueSince])).toEqual([
      [never.id, null],
      [stale.id, now],
    ]);
    expect((await t.call('processing.list', { reviewDue: true })).rows.map((r) => r.name)).toEqual(['Stale', 'Never']);
    await t.call('settings.update', { processingReviewMonths: 6 });
    expect((await t.call('processing.reviewDue', {})).map((d) => d.id)).toEqual([never.id, stale.id, fresh.id]);
    await t.call('processing.reviewed', { id: stale.id, on: now });
    expect((await t.call('processing.reviewDue', {})).map((d) => d.id)).toEqual([never.id, fresh.id]);
    expect((await t.fail('settings.update', { processingReviewMonths: 0 })).fieldErrors?.processingReviewMonths).toBeDefined();
  });
});
