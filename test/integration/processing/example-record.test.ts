// The example record comes from the organisation's privacy policy: every field the policy speaks
// to cites its sentence, and each cited sentence is found, word for word, in the policy text
// (test/fixtures/privacy-policy/). Fields the policy is silent on are listed as such. The DPO loads
// the example on request, once, and may edit or delete it like any activity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITABLE_FIELDS } from '../../../shared/model/processing';
import { EXAMPLE_ACTIVITIES, EXAMPLE_SENTENCES } from '../../../main/services/processing/example-record';
import { controllerContent } from '../../../shared/model/processing';
import { openClockedCore, type ClockedCore } from './helpers';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const POLICY = squash(readFileSync(join(__dirname, '../../fixtures/privacy-policy/netrouting-2023-02.txt'), 'utf8'));

let t: ClockedCore;
beforeAll(async () => {
  t = await openClockedCore();
}, 60_000);
afterAll(() => t.close());

describe('the example record of processing activities', () => {
  it('covers what the policy describes', () => {
    expect(EXAMPLE_ACTIVITIES.map((a) => a.content.name)).toEqual([
      'Customer accounts and services',
      'Billing and payment',
      'Customer logs',
      'Website usage, cookies and pixel tags',
      'Stored e-mail and electronic communications',
      'Notices of new or upgraded products',
      'Sharing with selected partners',
    ]);
  });

  it('every cited sentence occurs in the policy text', () => {
    expect(POLICY.length).toBeGreaterThan(4000);
    for (const sentence of EXAMPLE_SENTENCES) expect(POLICY, sentence).toContain(squash(sentence));
    for (const a of EXAMPLE_ACTIVITIES) for (const [field, sentence] of Object.entries(a.content.citations)) expect(POLICY, `${a.key}.${field}`).toContain(squash(sentence!));
  });

  it('every field is either cited or listed as one the policy is silent on, never both', () => {
    for (const a of EXAMPLE_ACTIVITIES) {
      const cited = Object.keys(a.content.citations);
      for (const f of CITABLE_FIELDS) expect(cited.includes(f) !== a.silent.includes(f), `${a.key}.${f}`).toBe(true);
      // A silent retention says so in its own words: never a period made up for the policy.
      expect(a.content.retention).toMatch(/^The privacy policy does not say/);
    }
  });

  it('each example activity is valid input as it stands', () => {
    for (const a of EXAMPLE_ACTIVITIES) expect(controllerContent.safeParse(a.content).success, a.key).toBe(true);
  });

  it('loads on request, once; the DPO edits and deletes it like any activity', async () => {
    expect((await t.call('processing.list', {})).total).toBe(0);
    expect(await t.call('processing.loadExample', {})).toEqual({ added: 7, skipped: 0 });
    const list = await t.call('processing.list', {});
    expect(list.rows.map((r) => [r.ref, r.example, r.reviewDue])).toEqual(EXAMPLE_ACTIVITIES.map((_, i) => [`PA-00${i + 1}`, true, true]));
    const stored = await t.call('processing.get', { id: list.rows[3]!.id });
    expect(stored.content.citations).toEqual(EXAMPLE_ACTIVITIES[3]!.content.citations);

    const logs = list.rows[2]!;
    const detail = await t.call('processing.get', { id: logs.id });
    const edited = await t.call('processing.edit', { id: logs.id, expectedVersion: 1, content: { ...(detail.content as Extract<typeof detail.content, { kind: 'controller' }>), retention: 'Six months.' } });
    expect(edited).toMatchObject({ version: 2, example: true });
    await t.call('processing.delete', { id: list.rows[6]!.id, reason: 'We do not share with partners.' });

    // Loading again adds nothing: the edited one stays edited, the deleted one stays deleted.
    expect(await t.call('processing.loadExample', {})).toEqual({ added: 0, skipped: 7 });
    expect((await t.call('processing.list', {})).total).toBe(6);
    expect((await t.call('processing.get', { id: logs.id })).content).toMatchObject({ retention: 'Six months.' });
  });
});

describe('citations after an edit', () => {
  it('a changed field loses its cited sentence; unchanged fields keep theirs', async () => {
    const list = await t.call('processing.list', { sort: 'ref' });
    const accounts = await t.call('processing.get', { id: list.rows[0]!.id });
    const content = accounts.content as Extract<typeof accounts.content, { kind: 'controller' }>;
    const edited = await t.call('processing.edit', { id: accounts.id, content: { ...content, purposes: ['Providing the hosting services'] } });
    expect(edited.content.citations).not.toHaveProperty('purposes');
    expect(edited.content.citations).toMatchObject({ name: content.citations.name, dataCategories: content.citations.dataCategories });
    // The first version keeps its sentence: what the record said then, and why.
    expect(edited.versions[0]!.content.citations).toHaveProperty('purposes');
  });

  it('loads with the silent fields still to complete; a changed or confirmed field leaves the list, an edit never adds one, a new activity starts with none', async () => {
    const list = await t.call('processing.list', { sort: 'ref' });
    const logs = await t.call('processing.get', { id: list.rows[2]!.id });
    const c = logs.content as Extract<typeof logs.content, { kind: 'controller' }>;
    // As loaded: the fields its policy is silent on (less any an earlier test here changed).
    const silent = EXAMPLE_ACTIVITIES.find((a) => a.content.name === c.name)!.silent;
    expect(c.toComplete.every((f) => silent.includes(f))).toBe(true);
    expect(c.toComplete).toEqual(expect.arrayContaining(['transfers', 'automatedDecisions']));
    // Recipients changed, transfers confirmed (left out of the list), automated decisions untouched,
    // and a field that was never on the list cannot be added.
    const edited = await t.call('processing.edit', {
      id: logs.id,
      content: { ...c, recipients: { ...c.recipients, kinds: ['law-enforcement'] }, toComplete: ['recipients', 'automatedDecisions', 'name'] },
    });
    expect(edited.content.toComplete).toEqual(['automatedDecisions']);
    const fresh = await t.call('processing.add', {
      kind: 'controller', name: 'Newsletter', purposes: ['Sending the newsletter'], legalBasis: 'consent', subjectKinds: ['customer'],
      dataCategories: ['contact'], retention: 'Until consent is withdrawn', toComplete: ['retention'],
    });
    expect((await t.call('processing.get', { id: fresh.id })).content.toComplete).toEqual([]);
  });
});
