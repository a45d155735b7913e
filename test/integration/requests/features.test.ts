// Duplicates, Art. 19 seam, attachments, list/search/paging, CSV export, reminders, dashboard, .eml.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { RequestService } from '../../../main/services/requests/service';
import type { RecipientSource } from '../../../main/services/requests/recipients';
import { disclosureRecipients } from '../../../main/services/disclosures/art19';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/model/request';
import { daysAgo, newRequest, openTestCore, today, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('duplicate detection', () => {
  it('flags a new request from the same e-mail (any case) within 30 days, with a link', async () => {
    const a = await t.call('request.create', newRequest({ email: 'Same@Example.com', receivedDate: daysAgo(40) }));
    const b = await t.call('request.create', newRequest({ email: 'same@example.com', receivedDate: daysAgo(20) }));
    expect(b.possibleDuplicateOf).toBe(a.ref);
    expect(b.duplicateWarning).toContain(a.ref);
    const c = await t.call('request.create', newRequest({ email: 'same@example.com', receivedDate: daysAgo(5) }));
    expect(c.possibleDuplicateOf).toBe(b.ref); // a is 35 days earlier: outside the window
    expect(c.possibleDuplicates.map((p) => p.ref)).toEqual([b.ref]);
    const list = await t.call('request.list', { q: 'same@example.com', sort: 'ref' });
    expect(list.rows.map((r) => r.possibleDuplicateOf)).toEqual([null, a.ref, b.ref]);
  });

  it('flags the same customer number with a different e-mail; not a stranger', async () => {
    const a = await t.call('request.create', newRequest({ email: 'one@example.com', customerId: 'C-1001' }));
    const b = await t.call('request.create', newRequest({ email: 'two@example.com', customerId: 'C-1001' }));
    expect(b.possibleDuplicateOf).toBe(a.ref);
    const c = await t.call('request.create', newRequest({ email: 'three@example.com', customerId: 'C-2002' }));
    expect(c.possibleDuplicateOf).toBeNull();
    expect(c.duplicateWarning).toBeNull();
  });
});

describe('GDPR Art. 19 recipients', () => {
  it('with nothing disclosed the register lists no one and says where the list comes from; close needs no records then', async () => {
    const r = await t.call('request.create', newRequest({ types: ['erasure'] }));
    const listing = await t.call('request.art19Recipients', { ref: r.ref });
    expect(listing).toEqual({ required: true, recipients: [], sourceNote: disclosureRecipients.note });
    expect(listing.sourceNote).toMatch(/disclosures register/);
    await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
    await t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Erased' });
    const closed = await t.call('request.transition', { ref: r.ref, action: 'close' });
    expect(closed.status).toBe('closed');
    expect(closed.art19?.records).toEqual([]);
  });

  it('not required for an access request; records on one are refused', async () => {
    const r = await t.call('request.create', newRequest({ types: ['access'] }));
    expect((await t.call('request.art19Recipients', { ref: r.ref })).required).toBe(false);
    await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
    await t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Sent' });
    const err = await t.fail('request.transition', { ref: r.ref, action: 'close', art19: [{ recipientId: 'x', outcome: 'impossible', reason: 'r' }] });
    expect(err.fieldErrors?.art19).toBeDefined();
  });

  it('when a source lists recipients, close requires one record each and stores them', async () => {
    // A test source standing in for the register: it proves the close path consumes whatever a
    // source returns (the register itself: test/integration/disclosures/art19.test.ts).
    const source: RecipientSource = {
      note: 'test register',
      recipientsFor: (_db, subject) =>
        subject.email === 'ada@example.com'
          ? [
              { id: 'police-2026-1', name: 'Politie Amsterdam', description: 'Account data, warrant 2026-01', withheldFromSubject: null },
              { id: 'partner-7', name: 'Partner BV', description: 'Usage data', withheldFromSubject: null },
            ]
          : [],
    };
    const svc = new RequestService(t.core.session.requireStore(), { recipients: source });
    const r = await t.call('request.create', newRequest({ types: ['erasure', 'access'] }));
    expect(svc.art19Recipients(r.ref).recipients.map((x) => x.id)).toEqual(['police-2026-1', 'partner-7']);
    svc.transition({ ref: r.ref, action: 'verify', method: 'account-email' } as never, 'test');
    svc.transition({ ref: r.ref, action: 'respond', summary: 'Erased' } as never, 'test');
    const missing = (() => {
      try {
        svc.transition({ ref: r.ref, action: 'close', art19: [{ recipientId: 'partner-7', outcome: 'notified', notifiedOn: today() }] } as never, 'test');
      } catch (e) {
        return e as { code: string; fieldErrors: Record<string, string[]> };
      }
      throw new Error('close without all recipients succeeded');
    })();
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fieldErrors.art19?.[0]).toMatch(/1 recipient/);
    const unknown = (() => {
      try {
        svc.transition({ ref: r.ref, action: 'close', art19: [{ recipientId: 'nobody', outcome: 'notified', notifiedOn: today() }] } as never, 'test');
      } catch (e) {
        return e as { fieldErrors: Record<string, string[]> };
      }
      throw new Error('unknown recipient accepted');
    })();
    expect(unknown.fieldErrors['art19.0.recipientId']).toBeDefined();
    const closed = svc.transition(
      {
        ref: r.ref,
        action: 'close',
        art19: [
          { recipientId: 'partner-7', outcome: 'notified', notifiedOn: today(), reason: null },
          { recipientId: 'police-2026-1', outcome: 'impossible', notifiedOn: null, reason: 'Investigation secrecy order' },
        ],
      } as never,
      'test',
    );
    expect(closed.status).toBe('closed');
    expect(closed.art19?.records).toEqual([
      { recipientId: 'partner-7', recipientName: 'Partner BV', outcome: 'notified', notifiedOn: today(), reason: null },
      { recipientId: 'police-2026-1', recipientName: 'Politie Amsterdam', outcome: 'impossible', notifiedOn: null, reason: 'Investigation secrecy order' },
    ]);
  });

  it('a notified record needs its date, the others a reason (schema, field-level)', async () => {
    const r = await t.call('request.create', newRequest({ types: ['erasure'] }));
    const err = await t.fail('request.transition', { ref: r.ref, action: 'close', art19: [{ recipientId: 'a', outcome: 'notified' }, { recipientId: 'b', outcome: 'disproportionate' }] });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(expect.arrayContaining(['art19.0.notifiedOn', 'art19.1.reason']));
  });
});

describe('attachments', () => {
  it('round-trips bytes through the encrypted DB; the audit has name, size and hash but no body', async () => {
    const r = await t.call('request.create', newRequest());
    const bytes = Buffer.from('%PDF-1.4 passport scan of a person');
    const d = await t.call('request.attach', { ref: r.ref, filename: 'passport.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64'), kind: 'id-document' });
    const a = d.attachments[0]!;
    expect(a).toMatchObject({ filename: 'passport.pdf', sizeBytes: bytes.length, kind: 'id-document', deleteAfterVerification: true, deleteReminder: false });
    const got = await t.call('request.attachmentGet', { ref: r.ref, attachmentId: a.id });
    expect(Buffer.from(got.base64, 'base64').equals(bytes)).toBe(true);
    const audit = await t.call('audit.list', { entityId: r.ref });
    expect(JSON.stringify(audit.rows)).not.toContain(bytes.toString('base64'));
    expect(JSON.stringify(audit.rows)).toContain(a.sha256);

    // Data minimisation: after verification the scan carries a reminder; deleting keeps the record.
    const v = await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'id-document' });
    expect(v.attachments[0]!.deleteReminder).toBe(true);
    const del = await t.call('request.attachmentDelete', { ref: r.ref, attachmentId: a.id, reason: 'Identity verified' });
    expect(del).toMatchObject({ deletedReason: 'Identity verified', deleteReminder: false });
    expect((await t.fail('request.attachmentGet', { ref: r.ref, attachmentId: a.id })).code).toBe('CONFLICT');
    const row = t.core.session.requireStore().db.prepare('SELECT count(*) AS n FROM file_bodies WHERE file_id = ?').get(a.id) as { n: number };
    expect(row.n).toBe(0);
  });

  it(`refuses a file over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB with a clear message, and invalid base64`, async () => {
    const r = await t.call('request.create', newRequest());
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1).toString('base64');
    const err = await t.fail('request.attach', { ref: r.ref, filename: 'big.bin', base64: big });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/at most 18\.0 MB/);
    const bad = await t.fail('request.attach', { ref: r.ref, filename: 'x.bin', base64: 'not base64!!' });
    expect(bad.fieldErrors?.base64?.[0]).toMatch(/base64/);
    expect((await t.call('request.get', { ref: r.ref })).attachments).toEqual([]);
  });
});

describe('list, search, export', () => {
  it('filters by status, type, channel, overdue and due window; pages with a total', async () => {
    const old = await t.call('request.create', newRequest({ receivedDate: daysAgo(40), email: 'late@example.com', types: ['erasure'] }));
    const soon = await t.call('request.create', newRequest({ receivedDate: daysAgo(27), email: 'soon@example.com', channel: 'phone', mailbox: null }));
    await t.call('request.create', newRequest({ receivedDate: daysAgo(1), email: 'new@example.com' }));
    const paused = await t.call('request.create', newRequest({ receivedDate: daysAgo(40), email: 'paused@example.com' }));
    await t.call('request.transition', { ref: paused.ref, action: 'pause', reason: 'identity', on: daysAgo(39) });

    const overdue = await t.call('request.list', { overdue: true });
    expect(overdue.rows.map((r) => r.ref)).toEqual([old.ref]); // the paused one is not overdue
    expect(overdue.rows[0]!.urgency).toBe('overdue');
    // Due within 7 days is the coming week's work: the long-overdue one only when asked for too.
    const within = await t.call('request.list', { dueWithinDays: 7 });
    expect(within.rows.map((r) => r.ref)).toEqual([soon.ref]);
    const withOverdue = await t.call('request.list', { dueWithinDays: 7, overdue: true });
    expect(withOverdue.rows.map((r) => r.ref).sort()).toEqual([old.ref, soon.ref].sort());
    expect((await t.call('request.list', { types: ['erasure'] })).total).toBe(1);
    expect((await t.call('request.list', { channel: ['phone'] })).rows[0]!.ref).toBe(soon.ref);
    expect((await t.call('request.list', { status: ['awaiting-identity'] })).rows[0]!.ref).toBe(paused.ref);
    const page = await t.call('request.list', { sort: 'received', dir: 'desc', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
    expect(page.rows[0]!.received >= page.rows[1]!.received).toBe(true);
  });

  it('searches name (any script), e-mail, ref and customer number; short and odd queries are safe', async () => {
    const ivan = await t.call('request.create', newRequest({ name: 'Иван Петров', email: 'ivan@example.ru', customerId: 'NR-778899' }));
    await t.call('request.create', newRequest({ name: '山田 太郎', email: 'taro@example.jp' }));
    expect((await t.call('request.list', { q: 'петр' })).rows.map((r) => r.ref)).toEqual([ivan.ref]);
    expect((await t.call('request.list', { q: '山田' })).total).toBe(1); // 2 characters: LIKE fallback
    expect((await t.call('request.list', { q: '778899' })).rows[0]!.ref).toBe(ivan.ref);
    expect((await t.call('request.list', { q: ivan.ref.toLowerCase() })).total).toBe(1);
    expect((await t.call('request.list', { q: 'EXAMPLE.RU' })).total).toBe(1);
    expect((await t.call('request.list', { q: '" OR 1 --' })).total).toBe(0);
    expect((await t.call('request.list', { q: '%' })).total).toBe(0);
  });

  it('CSV export neutralises formula cells (= + - @) from stored data and quotes separators', async () => {
    // Tab and CR at the start cannot survive the name schema (trimmed); csvCell itself is unit-tested for them.
    const evil = ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)'];
    for (const [i, name] of evil.entries()) await t.call('request.create', newRequest({ name, email: `e${i}@example.com`, customerId: `=C${i}` }));
    await t.call('request.create', newRequest({ name: 'Plain, "quoted" name', email: 'p@example.com' }));
    const out = await t.call('request.exportCsv', { sort: 'ref' });
    expect(out.rows).toBe(5);
    expect(out.csv.startsWith('\uFEFFref,type,status,name,')).toBe(true);
    const rows = parse(out.csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.name)).toEqual([...evil.map((e) => `'${e}`), 'Plain, "quoted" name']);
    expect(rows.slice(0, 4).map((r) => r.customer_id)).toEqual(["'=C0", "'=C1", "'=C2", "'=C3"]);
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);
    const filtered = await t.call('request.exportCsv', { q: 'quoted' });
    expect(filtered.rows).toBe(1);
  });
});

describe('reminders and dashboard', () => {
  it('due-soon and overdue reminders are given once per request per threshold', async () => {
    const soon = await t.call('request.create', newRequest({ receivedDate: daysAgo(27), email: 's@example.com' }));
    const late = await t.call('request.create', newRequest({ receivedDate: daysAgo(45), email: 'l@example.com' }));
    await t.call('request.create', newRequest({ receivedDate: daysAgo(1), email: 'n@example.com' }));
    expect((await t.call('request.dueReminders', { peek: true })).length).toBe(2);
    const first = await t.call('request.dueReminders', {});
    expect(first.map((r) => [r.ref, r.threshold])).toEqual([
      [late.ref, 'overdue'],
      [soon.ref, 'due-soon'],
    ]);
    expect(await t.call('request.dueReminders', {})).toEqual([]);
    const audit = await t.call('audit.list', { operation: 'request.dueReminders' });
    expect(JSON.stringify(audit.rows[0]!.summary)).not.toContain('Ada');
  });

  it('dashboard counts and on-time rate', async () => {
    await t.call('request.create', newRequest({ receivedDate: daysAgo(45), email: 'l@example.com', types: ['erasure', 'access'] }));
    await t.call('request.create', newRequest({ receivedDate: daysAgo(27), email: 's@example.com' }));
    const paused = await t.call('request.create', newRequest({ receivedDate: daysAgo(3), email: 'p@example.com' }));
    await t.call('request.transition', { ref: paused.ref, action: 'pause', reason: 'clarification' });
    const answered = await t.call('request.create', newRequest({ receivedDate: daysAgo(10), email: 'a@example.com' }));
    await t.call('request.transition', { ref: answered.ref, action: 'verify', method: 'account-email' });
    await t.call('request.transition', { ref: answered.ref, action: 'respond', summary: 'Done' });
    const d = await t.call('request.dashboard', {});
    // dueWithin7Days counts the not-yet-overdue ones, as the list filter it links to does.
    expect(d).toMatchObject({ today: today(), open: 3, overdue: 1, dueWithin7Days: 1, awaitingSubject: 1 });
    expect((await t.call('request.list', { dueWithinDays: 7 })).total).toBe(d.dueWithin7Days);
    expect(d.onTime).toEqual({ answered: 1, onTime: 1, rate: 1 });
    expect(d.perMonth).toHaveLength(12);
    expect(d.perMonth.at(-1)!.month).toBe(today().slice(0, 7));
    expect(d.perMonth.reduce((n, m) => n + m.total, 0)).toBe(4);
    expect(d.perMonth.reduce((n, m) => n + (m.byType.erasure ?? 0), 0)).toBe(1);
    expect(d.nextDeadlines.map((n) => n.urgency)).toEqual(['overdue', 'due-soon']);
  });
});

describe('.eml import', () => {
  const eml = [
    'From: =?UTF-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan@example.ru>',
    'To: Opt-out <optout@netrouting.example>',
    'Date: Sun, 01 Mar 2026 23:30:00 +0000',
    'Subject: Please delete my data',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delete everything you hold about me.',
    '',
  ].join('\r\n');

  it('prefills sender, local receipt date/time and body; keeps the original as an attachment', async () => {
    const base64 = Buffer.from(eml).toString('base64');
    const draft = await t.call('request.parseEml', { base64 });
    // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam: the local date counts.
    expect(draft).toMatchObject({ name: 'Иван Петров', email: 'ivan@example.ru', receivedDate: '2026-03-02', receivedTime: '00:30', mailbox: 'optout@netrouting.example' });
    expect(draft.description).toContain('Delete everything');
    const r = await t.call('request.importEml', { base64, filename: 'mail.eml', types: ['erasure'] });
    expect(r).toMatchObject({ types: ['erasure'], received: '2026-03-02', mailbox: 'optout@netrouting.example' });
    expect(r.attachments[0]).toMatchObject({ filename: 'mail.eml', kind: 'original-email', mimeType: 'message/rfc822' });
    const back = await t.call('request.attachmentGet', { ref: r.ref, attachmentId: r.attachments[0]!.id });
    expect(Buffer.from(back.base64, 'base64').toString()).toBe(eml);
  });
});
