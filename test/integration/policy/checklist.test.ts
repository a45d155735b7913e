// The Art. 13/14 checklist through the contract (`policy.check`, no storing) over our own sample
// policies: every item of each, with the sentence that is its evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpResult } from '../../../shared/api';
import { CHECKLIST_ITEMS } from '../../../shared/model/policy';
import { openSuiteCore } from '../disclosures/helpers';
import type { TestCore } from '../requests/helpers';
import { EN_COMPLETE, EN_GAPS, NL_COMPLETE, NL_GAPS } from './samples';

let t: TestCore;
beforeAll(async () => (t = await openSuiteCore()));
afterAll(() => t.close());

type Check = OpResult<'policy.check'>;
const check = (text: string, filename = 'policy.md') => t.call('policy.check', { source: { filename, text } });
const byItem = (r: Check) => Object.fromEntries(r.checklist.map((f) => [f.item, f]));

/** Every item: its status and one sentence its evidence must hold ('' for none). */
function expectFindings(r: Check, expected: Record<string, [string, string]>) {
  expect(r.checklist.map((f) => f.item)).toEqual([...CHECKLIST_ITEMS]);
  const got = byItem(r);
  for (const [item, [status, sentence]] of Object.entries(expected)) {
    expect(got[item]!.status, item).toBe(status);
    if (sentence) expect(got[item]!.evidence, item).toContain(sentence);
    else expect(got[item]!.evidence, item).toEqual([]);
  }
  // Never `present` without evidence.
  for (const f of r.checklist) if (f.status === 'present') expect(f.evidence.length, f.item).toBeGreaterThan(0);
}

describe('Art. 13/14 checklist', () => {
  it('a complete English policy: every item present, each with its sentence', async () => {
    const r = await check(EN_COMPLETE);
    expectFindings(r, {
      controller_identity: ['present', 'Netrouting B.V., Schiphol Boulevard 1, Amsterdam, is the controller of your personal data.'],
      dpo_contact: ['present', 'You can reach our Data Protection Officer at dpo@netrouting.example.'],
      purposes: ['present', 'We use your personal data for the following purposes: providing hosting services, billing and support.'],
      legal_basis: ['present', 'We process your data on the legal basis of the performance of our contract with you.'],
      legitimate_interests: ['present', 'For network security we rely on our legitimate interests in keeping the network safe.'],
      recipients: ['present', 'We share your personal data with our processors, such as payment service providers.'],
      transfers: ['present', 'Some providers are located outside the EEA; we rely on standard contractual clauses.'],
      retention: ['present', 'We retain invoices for 7 years because tax law requires it.'],
      rights_access: ['present', 'You have the right of access to your personal data.'],
      rights_rectification: ['present', 'You can ask us to rectify inaccurate data.'],
      rights_erasure: ['present', 'You have the right to erasure of your data.'],
      rights_restriction: ['present', 'You can ask us to restrict processing of your data.'],
      rights_objection: ['present', 'You have the right to object to direct marketing.'],
      rights_portability: ['present', 'You have the right to data portability.'],
      withdraw_consent: ['present', 'Where we rely on your consent, you may withdraw your consent at any time.'],
      complaint: ['present', 'You may lodge a complaint with the supervisory authority, the Autoriteit Persoonsgegevens.'],
      statutory_requirement: ['present', 'Providing your contact details is a contractual requirement; if you do not provide them, we cannot deliver the service.'],
      automated_decisions: ['present', 'We do not use automated decision-making or profiling.'],
      source_of_data: ['present', 'We obtain credit data from third parties such as credit agencies.'],
    });
    expect(r.counts).toEqual({ present: 19, missing: 0, unclear: 0 });
    expect(r.format).toBe('markdown');
    // Headings are sections, never evidence.
    expect(r.checklist.flatMap((f) => f.evidence).some((e) => e.startsWith('#'))).toBe(false);
    expect(r.sections.map((s) => s.key).slice(0, 3)).toEqual(['privacy policy of netrouting b v', 'who we are', 'data protection officer']);
  });

  it('an English policy with gaps: missing where silent, unclear where vague', async () => {
    const r = await check(EN_GAPS, 'policy.txt');
    expectFindings(r, {
      controller_identity: ['present', 'Netrouting B.V. is the controller of the personal data described here.'],
      // Only a general mailbox: not the DPO's contact.
      dpo_contact: ['unclear', 'If you have a complaint, please contact us at privacy@netrouting.example.'],
      purposes: ['present', 'We use your data to provide our services and send invoices.'],
      legal_basis: ['present', 'Our legal basis is the performance of a contract.'],
      legitimate_interests: ['missing', ''],
      recipients: ['present', 'We may share information with third parties who help us.'],
      transfers: ['missing', ''],
      // No period and no criteria.
      retention: ['unclear', 'We keep your data as needed.'],
      rights_access: ['present', 'You have the right to access and correct your data, and to ask us to delete your data.'],
      rights_rectification: ['present', 'You have the right to access and correct your data, and to ask us to delete your data.'],
      rights_erasure: ['present', 'You have the right to access and correct your data, and to ask us to delete your data.'],
      rights_restriction: ['missing', ''],
      rights_objection: ['missing', ''],
      rights_portability: ['missing', ''],
      withdraw_consent: ['missing', ''],
      // A complaint to the company is not a complaint to the supervisory authority (Art. 77).
      complaint: ['unclear', 'If you have a complaint, please contact us at privacy@netrouting.example.'],
      statutory_requirement: ['missing', ''],
      automated_decisions: ['missing', ''],
      source_of_data: ['missing', ''],
    });
    expect(r.counts).toEqual({ present: 7, missing: 9, unclear: 3 });
  });

  it('a complete Dutch policy: every item present', async () => {
    const r = await check(NL_COMPLETE, 'privacyverklaring.txt');
    expectFindings(r, {
      controller_identity: ['present', 'Netrouting B.V. is de verwerkingsverantwoordelijke voor uw persoonsgegevens.'],
      dpo_contact: ['present', 'U kunt onze functionaris voor gegevensbescherming bereiken via fg@netrouting.example.'],
      purposes: ['present', 'Wij gebruiken uw persoonsgegevens voor de volgende doeleinden: het leveren van hostingdiensten, facturatie en ondersteuning.'],
      legal_basis: ['present', 'De grondslag hiervoor is de uitvoering van de overeenkomst met u.'],
      legitimate_interests: ['present', 'Voor de beveiliging van ons netwerk baseren wij ons op ons gerechtvaardigd belang.'],
      recipients: ['present', 'Wij delen uw persoonsgegevens met verwerkers, zoals betaaldienstverleners.'],
      transfers: ['present', 'Sommige dienstverleners zitten buiten de Europese Economische Ruimte; wij gebruiken daarvoor modelcontractbepalingen.'],
      retention: ['present', 'Facturen bewaren wij 7 jaar vanwege de fiscale bewaarplicht.'],
      rights_access: ['present', 'U heeft recht op inzage in uw persoonsgegevens.'],
      rights_rectification: ['present', 'U kunt ons vragen onjuiste gegevens te verbeteren.'],
      rights_erasure: ['present', 'U heeft recht op het verwijderen van uw gegevens.'],
      rights_restriction: ['present', 'U kunt vragen om beperking van de verwerking.'],
      rights_objection: ['present', 'U kunt bezwaar maken tegen direct marketing.'],
      rights_portability: ['present', 'U heeft recht op overdraagbaarheid van uw gegevens.'],
      withdraw_consent: ['present', 'Als wij uw toestemming vragen, kunt u die toestemming altijd intrekken.'],
      complaint: ['present', 'U kunt een klacht indienen bij de toezichthouder, de Autoriteit Persoonsgegevens.'],
      statutory_requirement: ['present', 'Het verstrekken van uw contactgegevens is een contractuele verplichting; als u ze niet verstrekt, kunnen wij de dienst niet leveren.'],
      automated_decisions: ['present', 'Wij gebruiken geen geautomatiseerde besluitvorming of profilering.'],
      source_of_data: ['present', 'Kredietgegevens ontvangen wij van derden, zoals kredietbureaus.'],
    });
    expect(r.counts.present).toBe(19);
    expect(r.format).toBe('text');
    expect(r.sections.map((s) => s.title).slice(0, 3)).toEqual(['PRIVACYVERKLARING NETROUTING', '1. Wie wij zijn', '2. Functionaris voor gegevensbescherming']);
  });

  it('a Dutch policy with gaps', async () => {
    const r = await check(NL_GAPS, 'privacyverklaring.txt');
    expectFindings(r, {
      controller_identity: ['present', 'Netrouting B.V. is verwerkingsverantwoordelijke.'],
      dpo_contact: ['unclear', 'Neem contact op met onze klantenservice.'],
      purposes: ['present', 'Wij gebruiken uw gegevens om onze diensten te leveren.'],
      legal_basis: ['missing', ''],
      legitimate_interests: ['missing', ''],
      recipients: ['missing', ''],
      transfers: ['missing', ''],
      retention: ['unclear', 'Wij bewaren uw gegevens zo kort mogelijk.'],
      rights_access: ['present', 'U kunt ons vragen om inzage in uw gegevens.'],
      rights_rectification: ['missing', ''],
      rights_erasure: ['missing', ''],
      rights_restriction: ['missing', ''],
      rights_objection: ['missing', ''],
      rights_portability: ['missing', ''],
      withdraw_consent: ['missing', ''],
      complaint: ['unclear', 'Heeft u een klacht?'],
      statutory_requirement: ['missing', ''],
      automated_decisions: ['missing', ''],
      source_of_data: ['missing', ''],
    });
  });

  it('checks while the vault is locked and refuses an empty text by field', async () => {
    t.core.session.lock();
    try {
      const r = await check(EN_GAPS);
      expect(r.counts.present).toBe(7);
    } finally {
      const { PASSPHRASE } = await import('../requests/helpers');
      await t.core.session.unlock({ passphrase: PASSPHRASE }, 'test');
    }
    const err = await t.fail('policy.check', { source: { filename: 'x.txt', text: '   ' } });
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors).toHaveProperty(['source.text']);
  });
});
