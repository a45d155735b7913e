// The timeline stores what happened as an event code with its parameters, so each reader sees it
// in their own language; entries recorded before codes existed keep their English text. Real
// encrypted database in a temp folder, driven through the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, nl } from '../../../shared/i18n';
import { timelineText } from '../../../shared/i18n/timeline';
import type { TimelineEntry } from '../../../shared/model/request';
import { daysAgo, newRequest, openTestCore, type TestCore } from './helpers';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(() => t?.close());

const byAction = (timeline: TimelineEntry[], action: string) => timeline.find((e) => e.action === action)!;

describe('timeline entries as codes and parameters', () => {
  it('stores code and parameters (no English sentence) and gives the English text for the CLI', async () => {
    const r = await t.call('request.create', newRequest({ receivedDate: daysAgo(3) }));
    await t.call('request.transition', { ref: r.ref, action: 'start', note: 'Called the customer back' });
    await t.call('request.transition', { ref: r.ref, action: 'pause', reason: 'identity', on: daysAgo(1) });
    await t.call('request.attach', { ref: r.ref, filename: 'passport.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4').toString('base64'), kind: 'id-document' });
    const d = await t.call('request.get', { ref: r.ref });

    const rows = t.core.session
      .requireStore()
      .db.prepare('SELECT code, params, text FROM request_events WHERE request_id = (SELECT id FROM requests WHERE ref = ?) ORDER BY id')
      .all(r.ref) as Array<{ code: string | null; params: string | null; text: string }>;
    expect(rows.map((x) => x.code)).toEqual(['created', 'work-started', 'paused', 'attachment-added']);
    expect(rows.every((x) => x.text === '')).toBe(true);
    expect(JSON.parse(rows[1]!.params!)).toEqual({ note: 'Called the customer back' });
    expect(JSON.parse(rows[2]!.params!)).toEqual({ reason: 'identity', note: null });

    const started = byAction(d.timeline, 'start');
    expect(started.event).toEqual({ code: 'work-started', note: 'Called the customer back' });
    expect(started.text).toBe('Work started. Note: Called the customer back');
    expect(byAction(d.timeline, 'pause').text).toBe('Asked the subject to confirm their identity; the clock is stopped (GDPR Art. 12(6))');
    expect(byAction(d.timeline, 'added').text).toBe('Attached passport.pdf (ID document, 8 bytes); delete after identity is verified');
    expect(byAction(d.timeline, 'created').text).toMatch(/^Request received by E-mail \(optout@netrouting\.example\); due \w{3} \d{1,2} \w{3,4} \d{4}$/);
  });

  it('the same entries read in Dutch, with Dutch labels and dates', async () => {
    const list = await t.call('request.list', {});
    const d = await t.call('request.get', { ref: list.rows[0]!.ref });
    const dutch = (action: string) => timelineText(byAction(d.timeline, action).event!, nl, LOCALES.nl);
    expect(dutch('start')).toBe('In behandeling genomen. Notitie: Called the customer back');
    expect(dutch('pause')).toBe('Betrokkene gevraagd de identiteit te bevestigen; de termijn is opgeschort (art. 12, lid 6, AVG)');
    expect(dutch('added')).toBe('passport.pdf bijgevoegd (Identiteitsbewijs, 8 bytes); verwijderen zodra de identiteit is gecontroleerd');
    expect(dutch('created')).toMatch(/^Verzoek ontvangen via E-mail \(optout@netrouting\.example\); termijn (ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3,4} \d{4}$/);
  });

  it('an entry recorded before codes existed (English text, no code) is shown as it was written', async () => {
    const r = await t.call('request.create', newRequest({ email: 'old@example.com' }));
    t.core.session
      .requireStore()
      .db.prepare(
        "INSERT INTO request_events (request_id, at, on_date, kind, direction, action, text, actor) SELECT id, '2026-01-05T10:00:00.000Z', NULL, 'action', 'internal', 'start', 'Work started', 'dpo' FROM requests WHERE ref = ?",
      )
      .run(r.ref);
    const d = await t.call('request.get', { ref: r.ref });
    const legacy = d.timeline.find((e) => e.at === '2026-01-05T10:00:00.000Z')!;
    expect(legacy.event).toBeNull();
    expect(legacy.text).toBe('Work started');
  });

  it('free-text notes stay as typed', async () => {
    const r = await t.call('request.create', newRequest({ email: 'note@example.com' }));
    const d = await t.call('request.addNote', { ref: r.ref, text: 'Klant belde terug', direction: 'internal' });
    const note = d.timeline.find((e) => e.kind === 'note')!;
    expect(note.event).toBeNull();
    expect(note.text).toBe('Klant belde terug');
  });
});
