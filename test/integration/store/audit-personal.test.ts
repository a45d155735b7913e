// No personal data in the hashed audit trail, for every operation of the contract: each one is
// called here with a canary name in every personal field it takes, and afterwards no hashed event
// body holds the canary or names a field marked personal (shared/model/personal.ts). A new
// operation fails this test until it is added below, so every register that follows is covered.
import { describe, expect, it } from 'vitest';
import { OP_NAMES, type OpName } from '../../../shared/api';
import { personalPaths } from '../../../shared/model/personal';
import { decodeBody, PersonalDataInAuditSummaryError } from '../../../main/store/audit-chain';
import { newCore } from '../../support/session';
import { join } from 'node:path';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { localUser } from '../../../shared/auth';
import { daysAgo, today } from '../requests/helpers';

const C = 'Quaxworth';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const CSV = ['type,name,email,received,channel,customer_id,regime,country,notes', `access,Ida ${C},ida.${C}@example.com,${daysAgo(2)},email,C-${C},gdpr,NL,note ${C}`].join('\n');
const EML = b64(['From: Eve ' + C + ' <eve.' + C + '@example.com>', 'To: optout@netrouting.example', 'Subject: Access ' + C, `Date: ${new Date().toUTCString()}`, '', 'Please, ' + C].join('\r\n'));

describe('audit summaries hold nothing personal', () => {
  it('the store refuses a summary that names a personal field', async () => {
    const { core } = await newCore();
    const store = core.session.requireStore();
    expect(() => store.tx('test', 'test.leak', (t) => t.audit({ entityType: 'request', entityId: 'X', summary: { created: { email: 'a@b.nl' } } }))).toThrow(PersonalDataInAuditSummaryError);
    core.session.lock();
  });

  it('for every operation in the contract', async () => {
    const { core, recoveryCode } = await newCore();
    const called = new Set<OpName>();
    const failed: string[] = [];
    const call = async (op: OpName, input: unknown): Promise<Record<string, unknown>> => {
      called.add(op);
      // As the CLI calls: the operations that name files on this machine need a local caller.
      const r = await core.dispatch(op, input, { principal: localUser('test'), localFiles: true });
      if (!r.ok) failed.push(`${op}: ${r.error.code} ${r.error.message}`);
      return (r.ok ? r.result : {}) as Record<string, unknown>;
    };
    const person = (n: string) => ({ name: `${n} ${C}`, email: `${n.toLowerCase()}.${C}@example.nl`, customerId: `C-${C}`, phone: `+31 ${C}`, postalAddress: `${C}straat 1` });
    const create = async (n: string, extra: Record<string, unknown> = {}) =>
      (await call('request.create', {
        types: ['access'], requester: { ...person(n), relation: 'representative', onBehalfOf: `Kid ${C}` }, channel: 'email', receivedDate: daysAgo(3),
        description: `About ${C}`, attachments: [{ filename: `${C}.pdf`, base64: b64(C), kind: 'letter' }], ...extra,
      })).ref as string;
    const on = today();

    await call('app.status', {});
    await call('session.activity', {});
    await call('vault.acknowledgeRecovery', {});
    await call('settings.get', {});
    await call('settings.update', { organisationName: 'Netrouting' });
    await call('deadline.compute', { regime: 'gdpr', country: 'NL', received: on });
    const a = await create('Ada');
    const b = await create('Bob');
    const c = await create('Cas');
    const d = await create('Dirk');
    const att = (await call('request.attach', { ref: a, filename: `id-${C}.png`, base64: b64(C), kind: 'id-document', note: `scan of ${C}` })).attachments as Array<{ id: number }>;
    await call('request.attachmentGet', { ref: a, attachmentId: att[0]!.id });
    for (const t of [
      { ref: a, action: 'start', note: `hello ${C}` },
      { ref: a, action: 'verify', method: 'id-document', on, by: 'dpo' },
      { ref: a, action: 'pause', reason: 'clarification', on, note: C },
      { ref: a, action: 'resume', on },
      { ref: a, action: 'extend', extensionNoticeSentOn: on, reasons: `complex, says ${C}` },
      { ref: a, action: 'respond', on, summary: `sent to ${C}` },
      { ref: a, action: 'close', note: C, keepIdDocumentsReason: `${C} disputes the verification` },
      { ref: b, action: 'refuse', ground: 'excessive', on, reason: `${C} asked twice` },
      { ref: c, action: 'withdraw', on, note: C },
      { ref: d, action: 'mark-duplicate', originalRef: b },
    ])
      await call('request.transition', t);
    await call('request.attachmentDelete', { ref: a, attachmentId: att[0]!.id, reason: 'identity verified' });
    await call('request.addNote', { ref: c, direction: 'to-subject', text: `Called ${C}`, on });
    await call('request.get', { ref: a });
    await call('request.list', { q: C.toLowerCase() });
    await call('request.art19Recipients', { ref: a });
    await call('request.importPreview', { csv: CSV, hasHeader: true });
    await call('request.import', { csv: CSV, dryRun: false });
    await call('request.parseEml', { base64: EML, filename: `${C}.eml` });
    await call('request.importEml', { base64: EML, filename: `${C}.eml`, types: ['access'] });
    await call('request.dashboard', {});
    await call('request.exportCsv', { q: C.toLowerCase() });
    await call('request.dueReminders', { peek: false });
    await call('job.progress', { id: 'progress-0001' });
    await call('job.cancel', { id: 'progress-0001' });
    await call('retention.hold', { ref: b, until: on, reason: `${C} complained to the authority` });
    await call('retention.holdOf', { ref: b });
    await call('retention.preview', {});
    await call('retention.purge', { confirm: true });
    await call('audit.list', { limit: 10 });
    await call('audit.verify', {});
    await call('store.check', {});
    await call('backup.create', {});
    const out = tempDir();
    // File names the user types for their own copies are not a subject's data.
    await call('backup.toFile', { file: join(out, 'backup.db') });
    await call('export.write', { format: 'json', file: join(out, 'export.json') });

    // The disclosures register: who received a subject's data, with the canary in every field
    // that names a person or holds free text.
    const e = await create('Eva', { types: ['erasure'] });
    const added = await call('disclosure.add', {
      recipient: { name: `Officer ${C}`, kind: 'law-enforcement', country: 'NL', contact: `${C}@politie.example` },
      date: on,
      ground: 'warrant',
      reference: `Order ${C}`,
      categories: ['identity', 'account-and-services'],
      subjects: { emails: [`ada.${C}@example.nl`, `eva.${C}@example.nl`], customerIds: [`C-${C}`], requestRefs: [a] },
      secrecy: { decision: 'secret-until', until: daysAgo(-30), ground: `Art. 23 GDPR; ${C}` },
      approvedBy: `Approver ${C}`,
      files: [{ filename: `order-${C}.pdf`, base64: b64(C) }],
    });
    const disclosureId = added.id as string;
    const recipientId = (added.recipient as { id: string }).id;
    await call('disclosure.correct', { id: disclosureId, reason: `typo by ${C}`, recipientId, date: on, ground: 'legitimate-interest', groundNote: `balanced for ${C}`, categories: ['contact'], subjects: { emails: [`ada.${C}@example.nl`, `eva.${C}@example.nl`] } });
    await call('disclosure.get', { id: disclosureId });
    await call('disclosure.list', { subjectEmail: `ada.${C}@example.nl` });
    await call('disclosure.recipients', {});
    await call('disclosure.recipient', { id: recipientId });
    await call('disclosure.correctRecipient', { id: recipientId, reason: `renamed by ${C}`, name: `Inspector ${C}`, kind: 'law-enforcement', country: 'NL', contact: `${C}@politie.example`, thirdCountry: false });
    await call('disclosure.forSubject', { email: `ada.${C}@example.nl` });
    await call('disclosure.stats', {});
    await call('disclosure.statsCsv', {});
    await call('disclosure.art19Notice', { ref: e, recipientId, outcome: 'impossible', reason: `${C} moved abroad` });
    const files = (await call('disclosure.get', { id: disclosureId })).files as Array<{ id: number }> | undefined;
    await call('disclosure.fileGet', { id: disclosureId, fileId: files?.[0]?.id ?? 0 });
    await call('disclosure.dueReminders', { peek: false });
    await call('disclosure.notices', {});

    // The breach register: free text (title, description, reasoning, reasons for delay, a
    // follow-up, a customer's name) may name the people affected; the trail keeps codes and counts.
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().slice(0, 16);
    const breachText = {
      title: `Laptop of ${C}`, discoveredAt: { local: hoursAgo(30), zone: 'UTC' }, awareAt: { local: hoursAgo(29), zone: 'UTC' }, natures: ['confidentiality'],
      description: `${C} lost it`, consequences: `phishing of ${C}`, measuresTaken: `${C} wiped it`, measuresProposed: `train ${C}`, risk: 'high-risk', riskReasoning: `${C} data`,
      role: 'processor', controllersNotified: [{ controller: `${C} BV`, notifiedAt: { local: hoursAgo(28), zone: 'UTC' } }],
      subjectsTold: { decision: 'told', on, how: `mail to ${C}` },
    };
    const breach = await call('breach.add', { ...breachText, files: [{ filename: `${C}.pdf`, base64: b64(C), purpose: 'evidence' }] });
    const breachId = breach.id as string;
    await call('breach.correct', { ...breachText, id: breachId, reason: `recount by ${C}`, subjectsApprox: 3 });
    await call('breach.notify', { id: breachId, at: { local: hoursAgo(2), zone: 'UTC' }, reference: `AP-${C}`, authority: `AP ${C}`, delayReasons: `${C} was away` });
    await call('breach.followUp', { id: breachId, at: { local: hoursAgo(1), zone: 'UTC' }, summary: `more on ${C}`, reference: `AP-${C}` });
    await call('breach.attach', { id: breachId, filename: `reply-${C}.pdf`, base64: b64(C), purpose: 'authority-reply' });
    await call('breach.get', { id: breachId });
    await call('breach.list', {});
    await call('breach.asOf', { date: on });
    await call('breach.exportCsv', {});
    const breachFiles = (await call('breach.get', { id: breachId })).files as Array<{ id: number }>;
    await call('breach.fileGet', { id: breachId, fileId: breachFiles[0]!.id });
    await call('breach.alerts', {});

    // Policy revisions: the text may name people (a DPO's contact), and so may its approver and an
    // override's note; the trail keeps ids, codes, counts and hashes only.
    const policyText = `# Who we are\nNetrouting B.V. is the controller. Our DPO ${C} answers at dpo@example.nl.\n# Your rights\nYou may complain to the Autoriteit Persoonsgegevens.`;
    const rev = await call('policy.add', { source: { filename: `policy-${C}.md`, base64: b64(policyText) }, effectiveDate: on, label: 'v1', approvedBy: `Board ${C}` });
    const revId = rev.id as string;
    await call('policy.update', { id: revId, effectiveDate: on, approvedBy: `Board member ${C}`, change: { class: 'material', material: ['new-recipients'] }, notice: { on: daysAgo(40), how: ['email'], note: `told by ${C}` } });
    await call('policy.get', { id: revId });
    await call('policy.list', {});
    await call('policy.diff', { a: revId, b: revId });
    await call('policy.override', { id: revId, item: 'complaint', status: 'unclear', note: `${C} checked it` });
    await call('policy.practices', {});
    await call('policy.recheck', { id: revId });
    const policyFiles = (await call('policy.get', { id: revId })).files as Array<{ id: number }>;
    await call('policy.fileGet', { id: revId, fileId: policyFiles[0]!.id });
    await call('policy.check', { source: { filename: 'p.txt', text: `We keep your data for 2 years. ${C}` } });

    // Records of processing: the canary in every free-text field (owner, controller, notes, reason).
    const activity = await call('processing.add', {
      kind: 'controller', name: `Accounts of ${C}`, purposes: [`Serving ${C}`], legalBasis: 'legitimate-interest', legitimateInterestNote: `balanced by ${C}`,
      subjectKinds: ['customer'], dataCategories: ['identity'], recipients: { kinds: ['partner'], recipientIds: [recipientId], note: `via ${C}` },
      transfers: [{ country: 'US', safeguard: 'sccs', note: `desk of ${C}` }], retention: `until ${C} leaves`, security: `locked by ${C}`, sources: ['subject'], sourceNote: `told by ${C}`,
      automatedDecisions: true, automatedDecisionsNote: `scored by ${C}`, owner: `Owner ${C}`, lastReviewedOn: daysAgo(1), citations: { name: `said ${C}` },
    });
    const activityId = activity.id as string;
    await call('processing.edit', { id: activityId, content: { kind: 'controller', name: `Accounts of ${C}`, purposes: [`Serving ${C}`], legalBasis: 'contract', subjectKinds: ['customer'], dataCategories: ['identity', 'contact'], retention: `until ${C} leaves`, owner: `Owner ${C} II` } });
    await call('processing.reviewed', { id: activityId, on });
    const hosted = await call('processing.add', { kind: 'processor', controllerName: `Shop of ${C}`, controllerContact: `${C}@shop.example`, name: `Hosting for ${C}`, processingCategories: [`storage of ${C}`], subProcessors: [{ name: `DC ${C}`, country: 'NL' }], owner: `Owner ${C}` });
    await call('processing.delete', { id: hosted.id as string, reason: `${C} ended the contract` });
    await call('processing.get', { id: activityId });
    await call('processing.list', {});
    await call('processing.asOf', {});
    await call('processing.covering', { subjectKind: 'customer' });
    await call('processing.reviewDue', {});
    await call('processing.csv', {});
    await call('processing.loadExample', {});

    // Letters: the DPO's own name and contact in the profile, the canary in the subject's name,
    // the template text, an extension's reasons and a confirmation's summary.
    await call('settings.update', { orgAddress: 'Kerkstraat 1\n1000 AA Amsterdam', dpoName: `DPO ${C}`, dpoEmail: `dpo.${C}@example.nl`, dpoPhone: `+31 ${C}`, signatureBlock: `Signed ${C}` });
    const f = await create('Fay', { types: ['erasure'] });
    await call('letter.setLanguage', { ref: f, language: 'nl' });
    await call('letter.templates', {});
    await call('letter.templateSave', { name: 'acknowledgement', language: 'nl', subject: `Uw verzoek {{request.ref}} ${C}`, body: `Geachte {{subject.name}}, ${C}` });
    await call('letter.templateReset', { name: 'acknowledgement', language: 'nl' });
    await call('letter.preview', { ref: f, template: 'acknowledgement', body: `Dear {{subject.name}} ${C}` });
    await call('request.transition', { ref: f, action: 'start' });
    const notice = (await call('letter.generate', { ref: f, template: 'extension-notice', reasons: `six systems, says ${C}` })).letter as { id: number };
    await call('letter.markSent', { ref: f, letter: notice.id, sentOn: on });
    await call('letter.generate', { ref: f, template: 'access-response', draft: true });
    await call('letter.generate', { ref: f, template: 'erasure-confirmation', summary: `erased everything of ${C}` });
    await call('letter.forRequest', { ref: f });
    // Reports: the case file prints the canary; its events carry ids, kinds, counts and hashes only.
    const caseFile = await call('report.caseFile', { ref: a });
    await call('report.auditPack', { lang: 'nl' });
    // The Art. 30 record prints the canary (owner, notes); its event carries kind, date, pages, hash.
    await call('report.processingRecord', { lang: 'nl' });
    await call('report.list', {});
    await call('report.content', { report: caseFile.publicId });
    await call('report.save', { report: caseFile.publicId, out: join(out, `case-${C}.pdf`) });
    await call('backup.list', {});
    await call('backup.listAvailable', {});
    await call('vault.setDeviceUnlock', { enabled: false });
    await call('vault.newRecoveryCode', { passphrase: PASSPHRASE });
    await call('vault.changePassphrase', { current: PASSPHRASE, next: 'another long passphrase', confirm: 'another long passphrase' });
    const failedBefore = failed.length;
    // Ops that end or replace the session, or are refused on an existing workbench: called for
    // coverage; their refusals are expected.
    await call('vault.resetWithRecovery', { recoveryCode, next: 'a third long passphrase', confirm: 'a third long passphrase' });
    await call('backup.restore', { file: 'no-such-backup.db', passphrase: PASSPHRASE });
    await call('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE });
    failed.splice(failedBefore);
    expect(failed).toEqual([]);

    const db = core.session.requireStore().db;
    const bodies = db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck().all() as Buffer[];
    const leaks = bodies.map((body) => decodeBody(body)).filter((e) => body(e).includes(C) || body(e).includes(C.toLowerCase()) || personalPaths(e.summary, e.entityType).length);
    expect(leaks).toEqual([]);
    // The details are there, beside the chain.
    expect((db.prepare('SELECT count(*) AS n FROM audit_details').get() as { n: number }).n).toBeGreaterThan(5);
    await call('vault.unlock', { passphrase: 'a third long passphrase' });
    await call('vault.lock', {});
    // Restoring locks first (it is offered while locked); called last, for coverage.
    await call('backup.restoreFile', { file: join(out, 'no-such-backup.db'), passphrase: PASSPHRASE });
    expect(OP_NAMES.filter((op) => !called.has(op))).toEqual([]);
  }, 120_000);
});

function body(e: ReturnType<typeof decodeBody>): string {
  return JSON.stringify(e);
}
