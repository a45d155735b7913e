// The privacy policy screens in Chromium over `dpo serve`: the empty timeline says how to start;
// a first revision is pasted into the import form (field errors first), a second comes in as a
// Markdown file with a material change announced too late; the revision view marks a checklist
// item's evidence in the text and records an override with who and when; the diff shows the
// inserted word (underlined, named for screen readers) and the moved section; the notice period
// is a setting; a kind of recipient in the disclosures register that the policy does not name is
// flagged. axe-core on every new screen; screenshots at 1024 px go to SHOTS_DIR (default /tmp/shots-J).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { addDays, todayInZone } from '../../shared/dates';
import { pdfOf } from '../integration/policy/files';

const app = useAppPage({ name: 'policy', shots: '/tmp/shots-J' });
const { api, shoot, axeProblems, go } = app;
const today = todayInZone('Europe/Amsterdam');
let page: Page;

// Our own sample policy. Revision 2 inserts the word "support", moves the retention section up,
// and adds a section on recipients (a material change: new recipients).
const REV1 = `# Privacy Policy of Example Hosting B.V.

## 1. Who we are
Example Hosting B.V., Keizersgracht 1, Amsterdam, is the controller of your personal data.

## 2. Why we use your data
We use your personal data for the following purposes: providing hosting services and billing.
We process your data on the legal basis of the performance of our contract with you.

## 3. Your rights
You have the right of access to your personal data.
You can ask us to rectify inaccurate data.

## 4. How long we keep your data
We retain invoices for 7 years because tax law requires it.
`;

const REV2 = `# Privacy Policy of Example Hosting B.V.

## 1. Who we are
Example Hosting B.V., Keizersgracht 1, Amsterdam, is the controller of your personal data.

## 2. Why we use your data
We use your personal data for the following purposes: providing hosting services, support and billing.
We process your data on the legal basis of the performance of our contract with you.

## 3. How long we keep your data
We retain invoices for 7 years because tax law requires it.

## 4. Your rights
You have the right of access to your personal data.
You can ask us to rectify inaccurate data.

## 5. Who receives your data
We share your personal data with our processors, such as payment service providers.
`;

/** Nothing makes the page scroll sideways at 1024 px. */
async function fitsWidth(): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

beforeAll(() => {
  page = app.page;
});

describe('the privacy policy screens in Chromium', () => {
  it('the empty timeline says so and how to import the first revision', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('heading', { name: 'No policy revisions recorded yet.' }).waitFor({ timeout: 15_000 });
    await page.getByText('Import the first revision with “Import a revision” above').waitFor();
    expect(await fitsWidth()).toBe(true);
    await shoot('J-01-empty-timeline-1024');
    expect(await axeProblems()).toEqual([]);
  });

  let rev1 = '';
  it('imports pasted text through the form: field errors first, then it lands on the revision', async () => {
    await page.getByRole('link', { name: 'Import a revision' }).click();
    await page.getByRole('heading', { name: 'Import a policy revision', level: 1 }).waitFor();
    await page.getByLabel('Effective date').fill('');
    await page.getByRole('button', { name: 'Import the revision' }).click();
    await page.getByText('Paste the policy text or choose a file.').waitFor();
    await page.getByText('Enter the effective date as YYYY-MM-DD').waitFor();
    expect(await page.getByLabel('Policy text').getAttribute('aria-invalid')).toBe('true');
    // A material change must say what makes it material (its field error, by the checkboxes).
    await page.getByLabel('Kind of change').selectOption('material');
    await page.getByRole('button', { name: 'Import the revision' }).click();
    await page.getByText('Say what makes the change material.').waitFor();
    expect(await axeProblems()).toEqual([]);
    await page.getByLabel('Kind of change').selectOption('');

    await page.getByLabel('Policy text').fill(REV1);
    await page.getByLabel('Version label').fill('v1');
    await page.getByLabel('Effective date').fill(addDays(today, -200));
    await page.getByLabel('Approved by').fill('Management board');
    await shoot('J-02-import-pasted-1024');
    await page.getByLabel('Approved by').press('Control+Enter');
    await page.waitForURL(/#\/policies\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: 'Revision 1 · v1', level: 1 }).waitFor();
    rev1 = page.url().split('/').pop()!;
    // The sections and the checklist.
    await page.getByRole('heading', { name: '3. Your rights' }).waitFor();
    expect(await page.getByTestId('checklist').locator('li').count()).toBe(19);
  });

  it('choosing a checklist item marks its evidence in the text and brings it into view', async () => {
    const item = page.getByRole('button', { name: /^Right of access/ });
    expect(await item.textContent()).toContain('Present');
    await item.click();
    expect(await item.getAttribute('aria-expanded')).toBe('true');
    const mark = page.getByTestId('policy-text').locator('mark');
    await mark.first().waitFor();
    expect(await mark.allTextContents()).toEqual(['You have the right of access to your personal data.']);
    // Brought into view; focus stays on the item, so the keyboard goes on through the checklist.
    const inView = () => mark.first().evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight);
    await expect.poll(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    // The evidence is listed under the item too, and the status is words, not only a colour.
    await page.locator('.policy-finding--open q').getByText('You have the right of access to your personal data.').waitFor();
    await page.getByRole('status').getByText('1 sentence highlighted in the text.').waitFor();
    await shoot('J-03-revision-evidence-1024');
    expect(await axeProblems()).toEqual([]);
    expect(await fitsWidth()).toBe(true);
  });

  it('overrides a finding with a note: refused without the note, then recorded with who and when', async () => {
    const item = page.getByRole('button', { name: /^How to reach the data protection officer/ });
    expect(await item.textContent()).toContain('Missing');
    await item.click();
    await page.getByRole('button', { name: 'Override the finding' }).click();
    const form = page.getByRole('form', { name: 'Override the finding: How to reach the data protection officer' });
    await form.getByLabel('Finding', { exact: true }).selectOption('unclear');
    await form.getByRole('button', { name: 'Record the override' }).click();
    await form.getByText('Say why you override the finding.').waitFor();
    await form.getByLabel('Why you override this finding').fill('The imprint names the privacy desk; no DPO is named.');
    await form.getByRole('button', { name: 'Record the override' }).click();
    const record = page.getByTestId('override-record');
    await record.waitFor({ timeout: 15_000 });
    // Who, and when to the minute in the workbench's time zone.
    expect(await record.textContent()).toMatch(/Overridden by \S+ on .*\d{4}.*\d{1,2}:\d{2}/);
    expect(await record.textContent()).toContain('The imprint names the privacy desk; no DPO is named.');
    expect(await record.textContent()).toContain('The rules found: Missing');
    expect(await page.getByRole('button', { name: /^How to reach the data protection officer/ }).textContent()).toContain('Unclear');
    // Recorded in the audit trail.
    const audit = await api<{ rows: Array<{ operation: string }> }>('audit.list', { limit: 20 });
    expect(audit.rows.map((r) => r.operation)).toContain('policy.override');
    await shoot('J-04-override-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('an override to present needs quotes from the text: a made-up one is refused by field, a real one is marked', async () => {
    const item = page.getByRole('button', { name: /^The legitimate interests pursued/ });
    expect(await item.textContent()).toContain('Missing');
    await item.click();
    await page.getByRole('button', { name: 'Override the finding' }).click();
    const form = page.getByRole('form', { name: 'Override the finding: The legitimate interests pursued' });
    await form.getByLabel('Finding', { exact: true }).selectOption('present');
    await form.getByLabel('Why you override this finding').fill('The contract is the interest we rely on.');
    const quotes = form.getByLabel('Sentences from the policy that support it (one per line)');
    await quotes.fill('We use your data as we like.');
    await form.getByRole('button', { name: 'Record the override' }).click();
    await form.getByText('This sentence is not in the revision; quote it as it stands.').waitFor({ timeout: 15_000 });
    expect(await quotes.getAttribute('aria-invalid')).toBe('true');
    await quotes.fill('We process your data on the legal basis of the performance of our contract with you.');
    await form.getByRole('button', { name: 'Record the override' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^The legitimate interests pursued/ }).textContent(), { timeout: 15_000 }).toContain('Present');
    await expect
      .poll(() => page.getByTestId('policy-text').locator('mark').allTextContents())
      .toEqual(['We process your data on the legal basis of the performance of our contract with you.']);
  });

  let rev2 = '';
  it('imports a Markdown file with a material change announced too late; the original file can be saved', async () => {
    await go('#/policies/new', () => page.getByRole('heading', { name: 'Import a policy revision', level: 1 }).waitFor());
    await page.getByLabel('Choose a file').check();
    await page.getByLabel('Policy file').setInputFiles({ name: 'privacy-v2.md', mimeType: 'text/markdown', buffer: Buffer.from(REV2, 'utf8') });
    await page.getByLabel('Version label').fill('v2');
    await page.getByLabel('Effective date').fill(addDays(today, -20));
    await page.getByLabel('Publication date').fill(addDays(today, -30));
    await page.getByLabel('Kind of change').selectOption('material');
    await page.getByRole('checkbox', { name: 'New recipients' }).check();
    await page.getByLabel('Customers told on').fill(addDays(today, -30));
    await page.getByRole('checkbox', { name: 'E-mail' }).check();
    await shoot('J-05-import-file-1024');
    await page.getByRole('button', { name: 'Import the revision' }).click();
    await page.waitForURL(/#\/policies\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: 'Revision 2 · v2', level: 1 }).waitFor();
    rev2 = page.url().split('/').pop()!;
    expect(await page.getByTestId('notice-warning').textContent()).toContain('Customers were told 10 days before the change took effect; 30 are required.');
    await page.getByText('privacy-v2.md').waitFor();
    expect(await page.getByRole('link', { name: 'Compare with the previous revision' }).getAttribute('href')).toBe(`#/policies/diff?a=${rev1}&b=${rev2}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of privacy-v2.md' }).click();
    expect((await download).suggestedFilename()).toBe('privacy-v2.md');
  });

  it('the same text again is refused beside the text field', async () => {
    await go('#/policies/new', () => page.getByRole('heading', { name: 'Import a policy revision', level: 1 }).waitFor());
    await page.getByLabel('Policy text').fill(REV1);
    await page.getByRole('button', { name: 'Import the revision' }).click();
    await page.getByText('This text is already revision 1.').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Policy text').getAttribute('aria-invalid')).toBe('true');
  });

  it('the timeline shows both revisions, newest first, with dates, badges, the notice warning and the checklist summary', async () => {
    await go('#/policies', () => page.getByTestId('policy-timeline').waitFor({ timeout: 15_000 }));
    const items = page.getByTestId('policy-timeline').locator(':scope > li');
    expect(await items.count()).toBe(2);
    const newest = (await items.nth(0).textContent())!;
    expect(newest).toContain('Revision 2 · v2');
    expect(newest).toContain('In force');
    expect(newest).toContain('Material');
    expect(newest).toContain('New recipients');
    expect(newest).toContain('Customers were told 10 days before the change took effect; 30 are required.');
    expect(newest).toMatch(/Checklist: \d+ present · \d+ missing · \d+ unclear/);
    expect(await items.nth(1).textContent()).toContain('Revision 1 · v1');
    expect(await fitsWidth()).toBe(true);
    await shoot('J-06-timeline-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('the diff shows the inserted word, marked without colour alone, and the moved section', async () => {
    await page.getByRole('link', { name: 'Compare with the previous revision' }).first().click();
    await page.getByRole('heading', { name: 'Compare revisions', level: 1 }).waitFor();
    const diff = page.getByTestId('policy-diff');
    await diff.waitFor({ timeout: 15_000 });
    const inserted = diff.locator('ins').filter({ hasText: 'support' }).first();
    await inserted.waitFor();
    expect(await inserted.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    // Screen readers hear what the mark means.
    expect(await inserted.textContent()).toMatch(/^\[inserted: .*support.*\(end of insertion\)\]$/);
    const moved = diff.locator('[data-change="moved"]');
    expect(await moved.count()).toBeGreaterThan(0);
    expect(await moved.first().textContent()).toMatch(/Moved from position \d+ to \d+/);
    await diff.locator('[data-change="added"]').getByText('5. Who receives your data').waitFor();
    // Unchanged sections are hidden, and counted, until asked for.
    expect(await diff.locator('[data-change="unchanged"]').count()).toBe(0);
    await diff.getByText('3 unchanged sections hidden.').waitFor();
    await page.getByLabel('Show unchanged sections').check();
    await expect.poll(() => diff.locator('[data-change="unchanged"]').count()).toBe(3);
    await page.getByLabel('Show unchanged sections').uncheck();
    expect(await fitsWidth()).toBe(true);
    await shoot('J-07-diff-side-by-side-1024');
    expect(await axeProblems()).toEqual([]);
    await page.getByLabel('Inline').check();
    await expect.poll(() => diff.locator('.policy-diff-columns').count()).toBe(0);
    await diff.locator('ins').filter({ hasText: 'support' }).first().waitFor();
    await shoot('J-08-diff-inline-1024');
    expect(await axeProblems()).toEqual([]);
    // Any two revisions, either order: the newer against the older reads as a deletion.
    await page.getByLabel('From revision').selectOption(rev2);
    await page.getByLabel('To revision').selectOption(rev1);
    await diff.locator('del').filter({ hasText: 'support' }).first().waitFor({ timeout: 15_000 });
    expect(await diff.locator('del').filter({ hasText: 'support' }).first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
  });

  it('the notice period is a setting: at 7 days the change was announced in time', async () => {
    await go('#/settings', () => page.getByLabel('Notice before a material policy change (days)').waitFor({ timeout: 15_000 }));
    await page.getByLabel('Notice before a material policy change (days)').fill('7');
    await shoot('J-12-settings-1024');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await page.getByText('Saved.').first().waitFor();
    await page.reload();
    await go('#/policies', () => page.getByTestId('policy-timeline').waitFor({ timeout: 20_000 }));
    const newest = (await page.getByTestId('policy-timeline').locator(':scope > li').nth(0).textContent())!;
    expect(newest).toContain('Customers told in time');
    expect(newest).not.toContain('30 are required');
  });

  it('the details of a revision can be edited afterwards: a later notice date is late again under 7 days', async () => {
    await go(`#/policies/${rev2}`, () => page.getByRole('heading', { name: 'Revision 2 · v2', level: 1 }).waitFor({ timeout: 20_000 }));
    await page.getByRole('link', { name: 'Edit the details' }).click();
    await page.getByRole('heading', { name: 'Details of Revision 2 · v2', level: 1 }).waitFor();
    // The text is not editable here; the metadata is filled in from the revision.
    expect(await page.getByLabel('Policy text').count()).toBe(0);
    expect(await page.getByLabel('Customers told on').inputValue()).toBe(addDays(today, -30));
    await page.getByLabel('Customers told on').fill(addDays(today, -22));
    await shoot('J-11-edit-details-1024');
    expect(await axeProblems()).toEqual([]);
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByRole('heading', { name: 'Revision 2 · v2', level: 1 }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('notice-warning').textContent()).toContain('Customers were told 2 days before the change took effect; 7 are required.');
  });

  it('a kind of recipient in the disclosures register that the policy in force does not name is flagged', async () => {
    await api('disclosure.add', {
      recipient: { name: 'Clicks & Co Ad Exchange', kind: 'advertiser' },
      date: addDays(today, -3),
      ground: 'consent',
      categories: ['website-usage-and-cookies'],
      subjects: { bulkCount: 1200 },
      secrecy: { decision: 'may-tell' },
    });
    await page.reload();
    await go(`#/policies/${rev2}`, () => page.getByRole('heading', { name: 'Revision 2 · v2', level: 1 }).waitFor({ timeout: 20_000 }));
    const practices = page.getByTestId('policy-practices');
    await practices.waitFor({ timeout: 15_000 });
    expect(await practices.textContent()).toContain('Advertiser: 1 disclosure');
    await shoot('J-09-revision-practices-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('speaks Dutch when Dutch is chosen', async () => {
    await api('settings.update', { language: 'nl' });
    await page.reload();
    await go('#/policies', () => page.getByRole('heading', { name: 'Privacyverklaring', level: 1 }).waitFor({ timeout: 20_000 }));
    const newest = (await page.getByTestId('policy-timeline').locator(':scope > li').nth(0).textContent())!;
    expect(newest).toContain('Versie 2 · v2');
    expect(newest).toContain('Wezenlijk');
    expect(newest).toMatch(/Checklist: \d+ aanwezig · \d+ ontbreekt · \d+ onduidelijk/);
    await page.getByRole('link', { name: 'Versies vergelijken' }).click();
    await page.getByRole('heading', { name: 'Versies vergelijken', level: 1 }).waitFor();
    await page.getByTestId('policy-diff').locator('ins').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('policy-diff').locator('ins').first().textContent()).toMatch(/^\[toegevoegd: .*\(einde toevoeging\)\]$/);
    await shoot('J-10-diff-nl-1024');
    await api('settings.update', { language: 'en' });
    await page.reload();
    await page.getByRole('heading', { name: 'Compare revisions', level: 1 }).waitFor({ timeout: 20_000 });
  });

  it('on a wide screen the diff and the revision use the width', async () => {
    await page.setViewportSize({ width: 1600, height: 900 });
    try {
      await go(`#/policies/diff?a=${rev1}&b=${rev2}`, () => page.getByTestId('policy-diff').locator('ins').first().waitFor({ timeout: 15_000 }));
      expect((await page.locator('.policy-diff-columns').first().boundingBox())!.width).toBeGreaterThan(1150);
      await shoot('J-13-diff-1600');
      await go(`#/policies/${rev2}`, () => page.getByTestId('checklist').waitFor({ timeout: 15_000 }));
      await shoot('J-14-revision-1600');
    } finally {
      await page.setViewportSize({ width: 1024, height: 900 });
    }
  });

  it('a PDF chosen in the form is read into sections and checked like any other revision', async () => {
    const lines = ['PRIVACY STATEMENT', 'Example Hosting B.V. is the controller of your personal data.', 'YOUR RIGHTS', 'You have the right to erasure of your data.'];
    await go('#/policies/new', () => page.getByRole('heading', { name: 'Import a policy revision', level: 1 }).waitFor());
    await page.getByLabel('Choose a file').check();
    await page.getByLabel('Policy file').setInputFiles({ name: 'privacy-2027.pdf', mimeType: 'application/pdf', buffer: await pdfOf(lines) });
    await page.getByLabel('Effective date').fill(addDays(today, 30));
    await page.getByLabel('Kind of change').selectOption('clarification');
    await page.getByRole('button', { name: 'Import the revision' }).click();
    await page.getByRole('heading', { name: 'Revision 3', level: 1 }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('PDF', { exact: true }).count()).toBe(1);
    await page.getByRole('heading', { name: 'YOUR RIGHTS' }).waitFor();
    await page.getByRole('button', { name: /^Right to erasure/ }).click();
    expect(await page.getByTestId('policy-text').locator('mark').allTextContents()).toEqual(['You have the right to erasure of your data.']);
    await page.getByText('privacy-2027.pdf').waitFor();
    // The rules can be run again over the stored text (after they were tuned); it says it ran.
    await page.getByRole('button', { name: 'Run the checklist again' }).click();
    await page.getByRole('status').getByText('The checklist was run again with the current rules; overrides stay.').waitFor({ timeout: 15_000 });
  });

  it('made no foreign request and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
