// Requests as they really arrive: by letter or phone without an e-mail address, back-dated
// without a time, imported with their history, or as an e-mail whose words say what is asked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, newRequest, openTestCore, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const person = (over: Record<string, unknown>) => ({ name: 'Piet de Vries', relation: 'self' as const, ...over });

describe('a way to reach the requester, per channel', () => {
  it('a letter needs no e-mail address when it gives a postal address; a call, a phone number', async () => {
    const letter = await t.call('request.create', { ...newRequest(), channel: 'letter', mailbox: null, requester: person({ postalAddress: 'Dorpsstraat 1, 1234 AB Ergens' }) });
    expect(letter.requester.email).toBe('');
    expect(letter.channel).toBe('letter');
    const call = await t.call('request.create', { ...newRequest(), channel: 'phone', mailbox: null, requester: person({ phone: '+31 20 123 4567' }) });
    expect(call.status).toBe('received');
    // Two requests without e-mail are not each other's duplicates for that reason.
    expect(call.possibleDuplicateOf).toBeNull();
    expect(call.possibleDuplicates).toEqual([]);
  });

  it('no way to reach the requester is refused on the field the channel points to', async () => {
    const letter = await t.fail('request.create', { ...newRequest(), channel: 'letter', mailbox: null, requester: person({}) });
    expect(letter.code).toBe('VALIDATION');
    expect(Object.keys(letter.fieldErrors ?? {})).toEqual(['requester.postalAddress']);
    expect(letter.fieldErrors!['requester.postalAddress']![0]).toMatch(/e-mail, postal address or phone/);
    const call = await t.fail('request.create', { ...newRequest(), channel: 'phone', mailbox: null, requester: person({ email: '' }) });
    expect(Object.keys(call.fieldErrors ?? {})).toEqual(['requester.phone']);
    // An e-mail always has its sender's address, even when a phone number is known.
    const mail = await t.fail('request.create', { ...newRequest(), channel: 'email', requester: person({ phone: '+31 20 123 4567' }) });
    expect(Object.keys(mail.fieldErrors ?? {})).toEqual(['requester.email']);
  });
});

describe('time received', () => {
  it('an empty time is no time (a back-dated request), not an error and not now', async () => {
    const r = await t.call('request.create', { ...newRequest({ receivedDate: daysAgo(20) }), receivedTime: '' });
    expect(r.receivedTime).toBeNull();
    const bad = await t.fail('request.create', { ...newRequest(), receivedTime: '25:00' });
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(['receivedTime']);
  });
});

describe('CSV import of history', () => {
  const header = 'type,name,email,received,channel,customer_id,regime,country,notes,phone,postal_address,status,responded_on,closed_on';

  it('imports status, responded-on and closed-on, so answered requests are not overdue; the report says what each line became', async () => {
    const csv = [
      header,
      `access,Old Answered,a@example.com,${daysAgo(200)},email,,,,,,,responded,${daysAgo(180)},`,
      `erasure,Old Closed,c@example.com,${daysAgo(300)},email,,,,,,,closed,${daysAgo(290)},${daysAgo(280)}`,
      `access,Dates Only,d@example.com,${daysAgo(100)},email,,,,,,,,${daysAgo(90)},`,
      `access,Still Open,o@example.com,${daysAgo(5)},email,,,,,,,in-progress,,`,
      `access,By Letter,,${daysAgo(5)},letter,,,,,,"Dorpsstraat 1, Ergens",,,`,
    ].join('\n');
    const r = await t.call('request.import', { csv });
    expect(r.rejected).toEqual([]);
    expect(r.lines).toEqual([
      { line: 2, ref: r.refs[0], status: 'responded', respondedOn: daysAgo(180), closedOn: null },
      { line: 3, ref: r.refs[1], status: 'closed', respondedOn: daysAgo(290), closedOn: daysAgo(280) },
      { line: 4, ref: r.refs[2], status: 'responded', respondedOn: daysAgo(90), closedOn: null },
      { line: 5, ref: r.refs[3], status: 'in-progress', respondedOn: null, closedOn: null },
      { line: 6, ref: r.refs[4], status: 'received', respondedOn: null, closedOn: null },
    ]);
    expect((await t.call('request.list', { overdue: true })).total).toBe(0);
    const closed = await t.call('request.get', { ref: r.refs[1]! });
    expect(closed.status).toBe('closed');
    expect(closed.timeline[0]!.text).toMatch(/^Imported as answered on .* and closed on /);
    const dash = await t.call('request.dashboard', {});
    expect(dash.open).toBe(2);
    expect(dash.onTime.answered).toBe(3); // answered within the last 12 months, each on the imported date
  });

  it('checks the history as the workflow does, line by line', async () => {
    const csv = [
      header,
      `access,Before Receipt,a@example.com,${daysAgo(10)},email,,,,,,,responded,${daysAgo(20)},`,
      `access,Future,b@example.com,${daysAgo(10)},email,,,,,,,responded,2999-01-01,`,
      `access,Closed Before Answer,c@example.com,${daysAgo(30)},email,,,,,,,closed,${daysAgo(10)},${daysAgo(20)}`,
      `access,Closed No Date,d@example.com,${daysAgo(30)},email,,,,,,,closed,${daysAgo(10)},`,
      `access,Received But Answered,e@example.com,${daysAgo(30)},email,,,,,,,received,${daysAgo(10)},`,
      `access,Refused,f@example.com,${daysAgo(30)},email,,,,,,,refused,,`,
      `access,No Contact,,${daysAgo(30)},letter,,,,,,,,,`,
    ].join('\n');
    const p = await t.call('request.importPreview', { csv });
    expect(p.validRows).toBe(0);
    const errors = Object.fromEntries(p.rows.map((r) => [r.line, r.errors]));
    expect(errors[2]).toEqual([expect.stringMatching(/^responded_on: .* is before the request was received/)]);
    expect(errors[3]).toEqual([expect.stringMatching(/^responded_on: 2999-01-01 is in the future/)]);
    expect(errors[4]).toEqual([expect.stringMatching(/^closed_on: .* is before the answer/)]);
    expect(errors[5]).toEqual([expect.stringMatching(/^closed_on: a closed request needs the date/)]);
    expect(errors[6]).toEqual([expect.stringMatching(/^status: a request answered on .* is responded or closed, not received/)]);
    expect(errors[7]).toEqual([expect.stringMatching(/^status: "refused" cannot be imported/)]);
    expect(errors[8]).toEqual([expect.stringMatching(/^postal_address: Give at least one way to reach the requester/)]);
  });
});

describe('.eml: the request type read from the message', () => {
  const eml = (subject: string, body: string) =>
    Buffer.from(
      ['From: Jan Jansen <jan@example.nl>', 'To: privacy@netrouting.example', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, `Subject: ${subject}`, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
    ).toString('base64');

  it('suggests the types in English and Dutch; imports with them when none are given', async () => {
    const nl = await t.call('request.parseEml', { base64: eml('Inzageverzoek AVG art. 15', 'Graag ontvang ik een kopie van mijn gegevens.') });
    expect(nl.suggestedTypes).toEqual(['access']);
    const both = await t.call('request.parseEml', { base64: eml('Verzoek', 'Ik wil dat u mijn gegevens verwijdert en maak ik bezwaar tegen de verwerking.') });
    expect(both.suggestedTypes).toEqual(['erasure', 'objection']);
    const created = await t.call('request.importEml', { base64: eml('Please delete my data', 'Right to be forgotten, Article 17 GDPR.') });
    expect(created.types).toEqual(['erasure']);
  });

  it('never files a message as "other" by default: when nothing is recognised, the type must be chosen', async () => {
    const vague = eml('Question', 'Can you call me back?');
    expect((await t.call('request.parseEml', { base64: vague })).suggestedTypes).toEqual([]);
    const err = await t.fail('request.importEml', { base64: vague });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['types']);
    expect((await t.call('request.importEml', { base64: vague, types: ['other'] })).types).toEqual(['other']);
  });
});

describe('workflow clarity', () => {
  it('an action waiting for a step is shown disabled with the reason, not hidden', async () => {
    const r = await t.call('request.create', newRequest());
    const started = await t.call('request.transition', { ref: r.ref, action: 'start' });
    const respond = started.availableActions.find((a) => a.action === 'respond');
    expect(respond?.disabledReason).toMatch(/Verify the requester's identity first/);
    const refused = await t.fail('request.transition', { ref: r.ref, action: 'respond', summary: 'sent' });
    expect(refused.code).toBe('ILLEGAL_TRANSITION');
    const verified = await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
    expect(verified.availableActions.find((a) => a.action === 'respond')?.disabledReason).toBeNull();
    // Already verified is not "a step first": verify is simply not offered.
    expect(verified.availableActions.map((a) => a.action)).not.toContain('verify');
  });

  it('the note typed in the pause form stays internal, apart from what was sent to the subject', async () => {
    const r = await t.call('request.create', newRequest());
    const paused = await t.call('request.transition', { ref: r.ref, action: 'pause', reason: 'identity', note: 'Caller sounded unsure; check the account first' });
    const [note, pause] = paused.timeline;
    expect(pause).toMatchObject({ direction: 'to-subject' });
    expect(pause!.text).not.toContain('Caller sounded unsure');
    expect(note).toMatchObject({ direction: 'internal', text: 'Caller sounded unsure; check the account first' });
  });

  it('cannot close while an ID scan marked "delete after verification" is stored, unless deleted or the reason to keep it is recorded', async () => {
    const scan = { filename: 'passport.png', mimeType: 'image/png', base64: Buffer.from('scan').toString('base64'), kind: 'id-document' as const };
    const make = async () => {
      const r = await t.call('request.create', { ...newRequest(), attachments: [scan] });
      await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'id-document' });
      return t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Copy sent' });
    };
    const a = await make();
    const refused = await t.fail('request.transition', { ref: a.ref, action: 'close' });
    expect(refused.code).toBe('VALIDATION');
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(['keepIdDocumentsReason']);
    expect((await t.call('request.get', { ref: a.ref })).status).toBe('responded');
    // Deleted: closes.
    await t.call('request.attachmentDelete', { ref: a.ref, attachmentId: a.attachments[0]!.id, reason: 'identity verified' });
    expect((await t.call('request.transition', { ref: a.ref, action: 'close' })).status).toBe('closed');
    // Kept with a reason: closes, and the reason is on the timeline for the DPO.
    const b = await make();
    const closed = await t.call('request.transition', { ref: b.ref, action: 'close', keepIdDocumentsReason: 'Police order: keep until 2027' });
    expect(closed.status).toBe('closed');
    expect(closed.timeline.some((e) => e.direction === 'internal' && e.text.includes('Police order: keep until 2027'))).toBe(true);
  });
});
