// Disclosure figures: the per-subject view, the list's first page, the quarterly statistics and
// the request page with its disclosures, through dispatch on the encrypted database, each
// against hand-written SQL for the same answer on the plain twin (same rows, same indexes).
import type { Db } from '../../../main/store/database';
import { medianMs, percentile, result, sampleMs, type Result } from '../measure';
import type { Workbench } from '../workbench';
import type { OpInput } from '../../../shared/api';
import { LIST_SELECT } from '../../../main/services/disclosures/repo';

const PAGE = 100;

/** The rows of a subject's disclosures with their recipients, newest first. */
const SUBJECT_SQL = `SELECT d.*, r.public_id, r.name, r.country FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id
  WHERE d.id IN (SELECT disclosure_id FROM disclosure_subjects WHERE email_norm = @e
                 UNION SELECT s.disclosure_id FROM requests q JOIN disclosure_subjects s ON s.request_id = q.id WHERE q.email_norm = @e)
  ORDER BY d.disclosed_on DESC, d.id DESC`;

export async function disclosureFigures(wb: Workbench, plain: Db, runs: number, n: number): Promise<Result[]> {
  const out: Result[] = [];
  const emails = plain.prepare('SELECT DISTINCT email_norm FROM disclosure_subjects WHERE email_norm IS NOT NULL ORDER BY disclosure_id LIMIT 200').pluck().all() as string[];
  const subject = plain.prepare(SUBJECT_SQL);
  const view = await sampleMs(n, (i) => wb.call('disclosure.forSubject', { email: emails[i % emails.length]! }));
  const viewRaw = await sampleMs(n, (i) => subject.all({ e: emails[i % emails.length]! }));
  out.push(result('disclosure_subject_p95', 'ms', percentile(view, 95), percentile(viewRaw, 95)));

  // The filters of the list screen, rotated: none, a kind, a ground, a quarter, secret now.
  const quarter = plain.prepare("SELECT substr(max(disclosed_on), 1, 4) || '-01-01' AS f, substr(max(disclosed_on), 1, 4) || '-03-31' AS t FROM disclosures").get() as { f: string; t: string };
  const today = new Date().toISOString().slice(0, 10);
  const filters: Array<{ input: OpInput<'disclosure.list'>; where: string; params: Record<string, string> }> = [
    { input: {}, where: '', params: {} },
    { input: { recipientKind: 'law-enforcement' }, where: "WHERE d.recipient_kind = 'law-enforcement'", params: {} },
    { input: { ground: 'warrant' }, where: "WHERE d.ground = 'warrant'", params: {} },
    { input: { from: quarter.f, to: quarter.t }, where: 'WHERE d.disclosed_on BETWEEN @f AND @t', params: { f: quarter.f, t: quarter.t } },
    { input: { secret: true }, where: "WHERE d.secrecy <> 'may-tell' AND (d.secrecy = 'secret' OR (d.secrecy = 'secret-until' AND d.secret_until > @today))", params: { today } },
  ];
  const hand = filters.map((f) => ({
    count: plain.prepare(`SELECT count(*) FROM disclosures d ${f.where}`).pluck(),
    page: plain.prepare(`${LIST_SELECT} ${f.where} ORDER BY d.disclosed_on DESC, d.id DESC LIMIT ${PAGE}`).raw(true),
    params: f.params,
  }));
  const list = await sampleMs(n, (i) => wb.call('disclosure.list', { ...filters[i % filters.length]!.input, limit: PAGE }));
  const listRaw = await sampleMs(n, (i) => {
    const h = hand[i % hand.length]!;
    h.count.get(h.params);
    return h.page.all(h.params);
  });
  out.push(result('disclosure_list_first_page_p95', 'ms', percentile(list, 95), percentile(listRaw, 95)));

  const statsRaw = plain.prepare(
    `SELECT substr(disclosed_on, 1, 4) || '-Q' || ((CAST(substr(disclosed_on, 6, 2) AS INTEGER) + 2) / 3) AS quarter, recipient_kind, ground,
            count(*), sum(inquiry), sum(subjects_count), sum(subject_told_on IS NOT NULL)
     FROM disclosures GROUP BY 1, 2, 3`,
  );
  const stats = await medianMs(Math.max(runs, 5), () => wb.call('disclosure.stats', {}));
  const statsBase = await medianMs(Math.max(runs, 5), () => statsRaw.all());
  out.push(result('disclosure_stats_all_quarters_ms', 'ms', stats, statsBase));

  // A request whose subject has disclosures: its detail and its disclosures, as the page asks them.
  const refs = plain.prepare('SELECT q.ref FROM requests q WHERE q.email_norm IN (SELECT email_norm FROM disclosure_subjects WHERE email_norm IS NOT NULL) ORDER BY q.id LIMIT 200').pluck().all() as string[];
  const reqRow = plain.prepare('SELECT * FROM requests WHERE ref = ?');
  const events = plain.prepare('SELECT * FROM request_events WHERE request_id = ? ORDER BY id DESC');
  const page = await sampleMs(n, async (i) => {
    const ref = refs[i % refs.length]!;
    await wb.call('request.get', { ref });
    return wb.call('disclosure.forSubject', { ref });
  });
  const pageRaw = await sampleMs(n, (i) => {
    const row = reqRow.get(refs[i % refs.length]!) as { id: number; email_norm: string };
    events.all(row.id);
    return subject.all({ e: row.email_norm });
  });
  out.push(result('request_page_with_disclosures_p95', 'ms', percentile(page, 95), percentile(pageRaw, 95)));
  return out;
}
