// Revision metadata: material-change notice warnings against the policyNoticeDays setting,
// checklist overrides (recorded in the audit trail, never `present` without evidence), and the
// "practice not disclosed" flag from the disclosures register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSuiteCore, partnerFlow, policeOrder } from '../disclosures/helpers';
import { daysAgo, today, type TestCore } from '../requests/helpers';
import { addDays } from '../../../shared/dates/iso';
import { EN_COMPLETE, EN_GAPS } from './samples';

let t: TestCore;
beforeAll(async () => (t = await openSuiteCore()));
afterAll(() => t.close());

describe('policy revisions', () => {
  it('warns when a material change was announced less than the notice period before it took effect', async () => {
    const base = { source: { filename: 'v.txt', text: 'A. We keep your data for 1 year.' }, effectiveDate: '2026-04-01', change: { class: 'material' as const, material: ['new-recipients' as const] } };
    const late = await t.call('policy.add', { ...base, notice: { on: '2026-03-10', how: ['email'] } });
    expect(late.warnings).toEqual([{ code: 'notice-late', days: 22, required: 30 }]);
    const none = await t.call('policy.add', { ...base, source: { filename: 'v.txt', text: 'B. We keep your data for 1 year.' } });
    expect(none.warnings).toEqual([{ code: 'notice-missing', days: null, required: 30 }]);
    const inTime = await t.call('policy.add', { ...base, source: { filename: 'v.txt', text: 'C. We keep your data for 1 year.' }, notice: { on: '2026-03-02', how: ['email', 'website-banner'] } });
    expect(inTime.warnings).toEqual([]);
    expect(inTime.notice).toEqual({ on: '2026-03-02', how: ['email', 'website-banner'], note: null });
    // Editorial changes need no notice.
    const editorial = await t.call('policy.add', { ...base, source: { filename: 'v.txt', text: 'D. We keep your data for 1 year.' }, change: { class: 'editorial' } });
    expect(editorial.warnings).toEqual([]);

    // The period is a setting: at 21 days the late one is in time.
    await t.call('settings.update', { policyNoticeDays: 21 });
    expect((await t.call('policy.get', { id: late.id })).warnings).toEqual([]);
    await t.call('settings.update', { policyNoticeDays: 30 });

    // Recording the notice afterwards clears the warning; the update is versioned and audited.
    const told = await t.call('policy.update', { id: String(none.number), expectedVersion: 1, effectiveDate: '2026-04-01', change: base.change, notice: { on: '2026-02-20', how: ['letter'] } });
    expect(told).toMatchObject({ warnings: [], version: 2 });
    const stale = await t.fail('policy.update', { id: none.id, expectedVersion: 1, effectiveDate: '2026-04-01', change: base.change });
    expect(stale.code).toBe('CONFLICT');
    const list = await t.call('policy.list', {});
    expect(list.filter((r) => r.warnings.length).map((r) => [r.number, r.warnings[0]!.code])).toEqual([[late.number, 'notice-late']]);
    const events = (await t.call('audit.list', { limit: 50 })).rows.filter((e) => e.operation === 'policy.update');
    expect(events.map((e) => e.summary)).toEqual([{ updated: { id: none.id, number: none.number, changed: ['notice_on', 'notice_how', 'has_notice'], change: 'material', noticeOn: '2026-02-20' } }]);
  });

  it('overrides a finding with a note, records it in the audit trail, and never makes `present` without evidence', async () => {
    const r = await t.call('policy.add', { source: { filename: 'gaps.txt', text: EN_GAPS }, effectiveDate: '2026-05-01' });
    const retention = r.checklist.find((f) => f.item === 'retention')!;
    expect(retention.status).toBe('unclear');

    // From unclear to present: the rules' sentence is its evidence.
    const note = 'Retention schedule annexed to the policy; confirmed with legal.';
    const o1 = await t.call('policy.override', { id: r.id, item: 'retention', status: 'present', note });
    expect(o1.checklist.find((f) => f.item === 'retention')).toMatchObject({
      status: 'present',
      evidence: ['We keep your data as needed.'],
      auto: { status: 'unclear' },
      override: { status: 'present', note, by: 'test' },
    });
    expect(o1.counts.present).toBe(r.counts.present + 1);

    // A missing item made present needs a quote, and the quote must be in this revision.
    const noQuote = await t.fail('policy.override', { id: r.id, item: 'transfers', status: 'present', note: 'We do not transfer.' });
    expect(noQuote.fieldErrors?.evidence?.[0]).toMatch(/Quote the sentence/);
    const wrongQuote = await t.fail('policy.override', { id: r.id, item: 'transfers', status: 'present', note: 'x', evidence: ['We never transfer data.'] });
    expect(wrongQuote.fieldErrors?.['evidence.0']?.[0]).toMatch(/not in the revision/);
    const noNote = await t.fail('policy.override', { id: r.id, item: 'transfers', status: 'unclear' });
    expect(noNote.fieldErrors?.note?.[0]).toMatch(/why/);
    const quoted = await t.call('policy.override', { id: r.id, item: 'source_of_data', status: 'present', note: 'Helpers are the source.', evidence: ['We may share information with third parties who help us.'] });
    expect(quoted.checklist.find((f) => f.item === 'source_of_data')).toMatchObject({ status: 'present', evidence: ['We may share information with third parties who help us.'] });

    // Back to the automatic finding.
    const cleared = await t.call('policy.override', { id: r.id, item: 'retention', status: null });
    expect(cleared.checklist.find((f) => f.item === 'retention')).toMatchObject({ status: 'unclear', override: null });

    const events = (await t.call('audit.list', { limit: 50 })).rows.filter((e) => e.operation === 'policy.override').reverse();
    expect(events.map((e) => e.summary.checklistOverride)).toEqual([
      { id: r.id, number: r.number, item: 'retention', auto: 'unclear', from: 'unclear', to: 'present', cleared: false, quotes: 0 },
      { id: r.id, number: r.number, item: 'source_of_data', auto: 'missing', from: 'missing', to: 'present', cleared: false, quotes: 1 },
      { id: r.id, number: r.number, item: 'retention', auto: 'unclear', from: 'present', to: 'unclear', cleared: true, quotes: 0 },
    ]);
    // The note is free text: kept with the finding, not in the trail.
    expect(JSON.stringify(events)).not.toContain('confirmed with legal');
    expect(events.every((e) => e.entityId === `revision ${r.number}` && e.actor === 'test')).toBe(true);
  });

  it('rechecks a stored revision with the current rules: differing findings replaced, overrides kept, audited once', async () => {
    const r = await t.call('policy.add', { source: { filename: 'gaps2.txt', text: `${EN_GAPS}\nVersion 2.` }, effectiveDate: '2026-06-01' });
    await t.call('policy.override', { id: r.id, item: 'complaint', status: 'missing', note: 'Only a mailbox.' });
    // What older rules would have stored: retention missing, complaint present (a real row in the
    // real database, as a revision recorded before the rules were tuned has it).
    const db = t.core.session.requireStore().db;
    const row = db.prepare('SELECT id FROM policy_revisions WHERE public_id = ?').get(r.id) as { id: number };
    db.prepare("UPDATE policy_checklist SET auto_status = 'missing', auto_evidence = '[]' WHERE revision_id = ? AND item = 'retention'").run(row.id);
    db.prepare('UPDATE policy_checklist SET auto_status = \'present\', auto_evidence = \'["x"]\' WHERE revision_id = ? AND item = \'complaint\'').run(row.id);
    expect((await t.call('policy.get', { id: r.id })).checklist.find((f) => f.item === 'retention')!.status).toBe('missing');

    const again = await t.call('policy.recheck', { id: String(r.number) });
    expect(again.checklist.find((f) => f.item === 'retention')).toMatchObject({ status: 'unclear', evidence: ['We keep your data as needed.'] });
    expect(again.checklist.find((f) => f.item === 'complaint')).toMatchObject({ status: 'missing', auto: { status: 'unclear' }, override: { status: 'missing', note: 'Only a mailbox.' } });
    await t.call('policy.recheck', { id: r.id });
    const events = (await t.call('audit.list', { limit: 50 })).rows.filter((e) => e.operation === 'policy.recheck');
    expect(events.map((e) => e.summary)).toEqual([
      { rechecked: { id: r.id, number: r.number, changed: [{ item: 'retention', from: 'missing', to: 'unclear' }, { item: 'complaint', from: 'present', to: 'unclear' }] } },
    ]);
  });

  it('flags a recipient kind the disclosures register shows but the policy in force does not name', async () => {
    expect((await t.call('policy.practices', {})).undisclosed).toEqual([]);
    await t.call('disclosure.add', policeOrder({ date: daysAgo(5) }));
    await t.call('disclosure.add', partnerFlow({ recipient: { name: 'AdNet', kind: 'advertiser', country: 'NL' }, date: daysAgo(3), flow: { frequency: 'monthly', from: daysAgo(30) } }));
    // Art. 4(9): an inquiry by an authority is not a recipient, so it is never flagged.
    await t.call('disclosure.add', policeOrder({ recipient: { name: 'Gemeente X', kind: 'other-public-authority', country: 'NL' }, inquiry: true, date: daysAgo(2) }));
    // A policy in force today that names the police (and processors) but no advertisers …
    const current = await t.call('policy.add', { source: { filename: 'now.md', text: EN_COMPLETE }, effectiveDate: daysAgo(1) });
    // … and one that takes effect later and names them: not in force yet.
    await t.call('policy.add', { source: { filename: 'next.md', text: `${EN_COMPLETE}\nWe share usage data with advertisers.\n` }, effectiveDate: addDays(today(), 30) });
    const p = await t.call('policy.practices', {});
    expect(p.revision).toEqual({ id: current.id, number: current.number });
    expect(p.undisclosed).toEqual([{ kind: 'advertiser', disclosures: 1, lastDate: daysAgo(3) }]);
  });
});
