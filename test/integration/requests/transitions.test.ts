// Every workflow action through the contract: legal from each allowed status, refused with
// ILLEGAL_TRANSITION from every other, and the deadline recomputed on pause / resume / extend.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../shared/model/request-machine';
import { STATUSES, type RequestStatus, type RequestTransitionInput } from '../../../shared/model/request';
import { addDays } from '../../../shared/dates/iso';
import { daysAgo, newRequest, openTestCore, today, type TestCore } from './helpers';
import { localUser } from '../../../shared/auth';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

/** Drives a fresh request into `status` using only legal actions. */
async function inStatus(status: RequestStatus, types: Array<'access' | 'erasure' | 'marketing-optout'> = ['access']): Promise<string> {
  const r = await t.call('request.create', newRequest({ types, receivedDate: daysAgo(5), email: `s${Math.random()}@example.com` }));
  const ref = r.ref;
  const go = (input: Record<string, unknown>) => t.call('request.transition', { ref, ...input } as RequestTransitionInput);
  const orig = async () => (await t.call('request.create', newRequest({ email: `o${Math.random()}@example.com` }))).ref;
  switch (status) {
    case 'received':
      break;
    case 'awaiting-identity':
      await go({ action: 'pause', reason: 'identity' });
      break;
    case 'awaiting-clarification':
      await go({ action: 'pause', reason: 'clarification' });
      break;
    case 'in-progress':
      await go({ action: 'verify', method: 'account-email' });
      break;
    case 'extended':
      await go({ action: 'verify', method: 'account-email' });
      await go({ action: 'extend', reasons: 'Complex request' });
      break;
    case 'responded':
    case 'closed':
      await go({ action: 'verify', method: 'account-email' });
      await go({ action: 'respond', summary: 'Copy of data sent' });
      if (status === 'closed') await go({ action: 'close' });
      break;
    case 'refused':
      await go({ action: 'refuse', ground: 'excessive', reason: 'Fifth identical request this month' });
      break;
    case 'withdrawn':
      await go({ action: 'withdraw' });
      break;
    case 'duplicate':
      await go({ action: 'mark-duplicate', originalRef: await orig() });
      break;
  }
  return ref;
}

async function inputFor(action: keyof typeof ACTIONS): Promise<Record<string, unknown>> {
  switch (action) {
    case 'verify':
      return { method: 'id-document' };
    case 'pause':
      return { reason: 'clarification' };
    case 'extend':
      return { reasons: 'Many systems to search' };
    case 'respond':
      return { summary: 'Answer sent' };
    case 'close':
      return {};
    case 'refuse':
      return { ground: 'manifestly-unfounded', reason: 'Stated intent to disrupt' };
    case 'mark-duplicate':
      return { originalRef: (await t.call('request.create', newRequest({ email: `x${Math.random()}@example.com` }))).ref };
    default:
      return {};
  }
}

describe('state machine through request.transition', () => {
  for (const status of STATUSES) {
    it(`from ${status}: legal actions succeed, all others are ILLEGAL_TRANSITION`, async () => {
      for (const action of Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>) {
        const ref = await inStatus(status);
        const detail = await t.call('request.get', { ref });
        // Offered and enabled; a disabled one waits for a step first (and says which).
        const offered = detail.availableActions.filter((a) => !a.disabledReason).map((a) => a.action);
        const input = { ref, action, ...(await inputFor(action)) } as RequestTransitionInput;
        const res = await t.core.dispatch('request.transition', input, { principal: localUser('test') });
        if (offered.includes(action)) {
          expect(res.ok, `${action} from ${status}: ${res.ok ? '' : res.error.message}`).toBe(true);
        } else {
          expect(res.ok, `${action} from ${status} should be refused`).toBe(false);
          if (!res.ok) expect(res.error.code).toBe('ILLEGAL_TRANSITION');
        }
        // Offered = allowed by the table, minus guards (verify once, extend once, respond needs identity).
        const fromOk = ACTIONS[action].from.includes(status);
        if (!fromOk) expect(offered).not.toContain(action);
      }
    }, 60_000);
  }

  it('an illegal transition changes nothing and says why', async () => {
    const ref = await inStatus('received');
    const before = await t.call('request.get', { ref });
    const err = await t.fail('request.transition', { ref, action: 'close' });
    expect(err.code).toBe('ILLEGAL_TRANSITION');
    expect(err.message).toMatch(/not possible while the request is received/);
    const after = await t.call('request.get', { ref });
    expect(after.version).toBe(before.version);
    expect(after.timeline).toHaveLength(before.timeline.length);
  });

  it('respond needs a verified identity, except for a marketing opt-out (GDPR Art. 21(3))', async () => {
    const ref = await inStatus('received');
    await t.call('request.transition', { ref, action: 'start' });
    const err = await t.fail('request.transition', { ref, action: 'respond', summary: 'x' });
    expect(err.code).toBe('ILLEGAL_TRANSITION');
    expect(err.message).toMatch(/Verify/);
    const optout = await inStatus('received', ['marketing-optout']);
    await t.call('request.transition', { ref: optout, action: 'start' });
    const done = await t.call('request.transition', { ref: optout, action: 'respond', summary: 'Removed from mailings' });
    expect(done.status).toBe('responded');
  });

  it('pause stops the clock and resume moves the deadline by the days waited', async () => {
    const received = daysAgo(10);
    const r = await t.call('request.create', newRequest({ receivedDate: received }));
    const paused = await t.call('request.transition', { ref: r.ref, action: 'pause', reason: 'identity', on: daysAgo(8) });
    expect(paused.status).toBe('awaiting-identity');
    expect(paused.clockStopped).toBe(true);
    expect(paused.urgency).toBe('paused');
    const resumed = await t.call('request.transition', { ref: r.ref, action: 'resume', on: daysAgo(2) });
    expect(resumed.status).toBe('in-progress');
    expect(resumed.clockStopped).toBe(false);
    expect(resumed.pauses).toEqual([{ reason: 'identity', from: daysAgo(8), to: daysAgo(2) }]);
    expect(resumed.deadline.pausedDays).toBe(6);
    // The stored due is the engine's, for the same inputs, with its rules version.
    const expected = await t.call('deadline.compute', {
      regime: 'gdpr',
      country: 'NL',
      received,
      asOf: today(),
      pauses: [{ from: daysAgo(8), to: daysAgo(2), reason: 'identity' }],
    });
    expect(resumed.due).toBe(expected.effectiveDue);
    expect(resumed.storedRulesVersion).toBe(expected.rulesVersion);
  });

  it('verify while awaiting identity ends the pause', async () => {
    const ref = await inStatus('awaiting-identity');
    const d = await t.call('request.transition', { ref, action: 'verify', method: 'id-document' });
    expect(d.status).toBe('in-progress');
    expect(d.pauses.every((p) => p.to !== null)).toBe(true);
    expect(d.verification).toMatchObject({ method: 'id-document', by: 'test' });
  });

  it('extend moves the deadline to three months; a late notice is VALIDATION on extensionNoticeSentOn', async () => {
    const r = await t.call('request.create', newRequest({ receivedDate: daysAgo(5) }));
    const ext = await t.call('request.transition', { ref: r.ref, action: 'extend', reasons: 'Complex' });
    expect(ext.status).toBe('extended');
    expect(ext.due).toBe(ext.deadline.extendedDue);
    expect(ext.due > r.due).toBe(true);

    const old = await t.call('request.create', newRequest({ receivedDate: daysAgo(60), email: 'old@example.com' }));
    const err = await t.fail('request.transition', { ref: old.ref, action: 'extend', reasons: 'Complex' });
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors?.extensionNoticeSentOn?.[0]).toMatch(/too late/);
    expect((await t.call('request.get', { ref: old.ref })).status).toBe('received');
  });

  it('refuse needs a ground and a reason; identity-not-established is refused once verified', async () => {
    const ref = await inStatus('in-progress');
    const bad = await t.fail('request.transition', { ref, action: 'refuse', ground: 'identity-not-established', reason: 'x' });
    expect(bad.code).toBe('ILLEGAL_TRANSITION');
    const noReason = await t.fail('request.transition', { ref, action: 'refuse', ground: 'excessive', reason: '' } as never);
    expect(noReason.code).toBe('VALIDATION');
    expect(Object.keys(noReason.fieldErrors ?? {})).toContain('reason');
    const ok = await t.call('request.transition', { ref, action: 'refuse', ground: 'excessive', reason: 'Repetitive' });
    expect(ok.refusal).toEqual({ ground: 'excessive', reason: 'Repetitive' });
    expect(ok.answeredOn).toBe(today());
  });

  it('action dates cannot be before receipt or in the future', async () => {
    const r = await t.call('request.create', newRequest({ receivedDate: daysAgo(5) }));
    const early = await t.fail('request.transition', { ref: r.ref, action: 'pause', reason: 'identity', on: daysAgo(6) });
    expect(early.fieldErrors?.on?.[0]).toMatch(/before the request was received/);
    const future = await t.fail('request.transition', { ref: r.ref, action: 'verify', method: 'other', on: addDays(today(), 1) });
    expect(future.fieldErrors?.on?.[0]).toMatch(/future/);
  });

  it('mark-duplicate links to the original; not to itself nor to another duplicate', async () => {
    const a = await inStatus('received');
    const b = await inStatus('received');
    expect((await t.fail('request.transition', { ref: a, action: 'mark-duplicate', originalRef: a })).code).toBe('VALIDATION');
    const d = await t.call('request.transition', { ref: b, action: 'mark-duplicate', originalRef: a });
    expect(d.duplicateOf).toBe(a);
    const c = await inStatus('received');
    expect((await t.fail('request.transition', { ref: c, action: 'mark-duplicate', originalRef: b })).fieldErrors?.originalRef).toBeDefined();
  });

  it('a stale expectedVersion is a CONFLICT', async () => {
    const ref = await inStatus('received');
    const d = await t.call('request.get', { ref });
    await t.call('request.addNote', { ref, text: 'Phoned the customer' });
    const err = await t.fail('request.transition', { ref, action: 'start', expectedVersion: d.version });
    expect(err.code).toBe('CONFLICT');
  });

  it('an unknown ref is NOT_FOUND', async () => {
    expect((await t.fail('request.transition', { ref: 'DSR-2026-99999', action: 'start' })).code).toBe('NOT_FOUND');
  });

  it('every change lands in the timeline (newest first, internal apart from correspondence) and the audit trail', async () => {
    const ref = await inStatus('in-progress');
    await t.call('request.addNote', { ref, text: 'Internal: check billing system', direction: 'internal' });
    await t.call('request.transition', { ref, action: 'respond', summary: 'Data export sent' });
    const d = await t.call('request.get', { ref });
    expect(d.timeline.map((e) => e.action ?? e.kind)).toEqual(['respond', 'note', 'verify', 'created']);
    expect(d.timeline[0]).toMatchObject({ direction: 'to-subject' });
    expect(d.timeline[1]).toMatchObject({ direction: 'internal', kind: 'note' });
    const audit = await t.call('audit.list', { entityType: 'request', entityId: ref });
    expect(audit.rows.map((e) => e.operation)).toEqual(['request.respond', 'request.addNote', 'request.verify', 'request.create']);
    expect(audit.rows[0]!.summary).toMatchObject({ action: 'respond', changes: { status: { old: 'in-progress', new: 'responded' } } });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });
});
