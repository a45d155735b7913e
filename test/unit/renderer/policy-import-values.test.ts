// The policy import form's values become `policy.add`'s input: empty optional fields left out,
// ticks under "what makes it material" dropped once the change is no longer material (a hidden
// field the DPO cannot see must not make the form refuse), and the schema's refusals by field.
import { describe, expect, it } from 'vitest';
import { policyAddInput } from '../../../shared/model/policy';
import { emptyImport, toAddInput } from '../../../renderer/src/features/policy/import-values';

const TODAY = '2026-12-06';

describe('policy import form values', () => {
  it('pasted text with only the effective date is a valid input without change or notice', () => {
    const v = { ...emptyImport(TODAY), source: { text: '# Privacy\nWe are the controller.', format: '' as const } };
    const input = toAddInput(v, null);
    expect(input).toMatchObject({ source: { filename: 'pasted.txt', text: '# Privacy\nWe are the controller.' }, change: null, notice: null, publishedOn: null });
    expect(policyAddInput.safeParse(input).success).toBe(true);
  });

  it('a chosen file is sent as its name and bytes, never with pasted text', () => {
    const v = { ...emptyImport(TODAY), mode: 'file' as const, source: { text: 'left over', format: 'markdown' as const } };
    const input = toAddInput(v, { name: 'privacy.md', base64: 'IyBQcml2YWN5' });
    expect(input.source).toEqual({ filename: 'privacy.md', base64: 'IyBQcml2YWN5', format: 'markdown' });
    expect(policyAddInput.safeParse(input).success).toBe(true);
  });

  it('a file mode without a file is refused at source.text, where the form shows it', () => {
    const parsed = policyAddInput.safeParse(toAddInput({ ...emptyImport(TODAY), mode: 'file' }, null));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain('source.text');
  });

  it('ticks under "material" are dropped when the change is editorial, and required when it is material', () => {
    const base = { ...emptyImport(TODAY), source: { text: 'Some text.', format: '' as const } };
    const editorial = toAddInput({ ...base, change: { class: 'editorial', material: ['new-recipients'] } }, null);
    expect(editorial.change).toEqual({ class: 'editorial', material: [] });
    expect(policyAddInput.safeParse(editorial).success).toBe(true);
    const material = policyAddInput.safeParse(toAddInput({ ...base, change: { class: 'material', material: [] } }, null));
    expect(material.error!.issues.map((i) => i.path.join('.'))).toEqual(['change.material']);
  });

  it('a notice is sent when any part of it is given', () => {
    const v = { ...emptyImport(TODAY), source: { text: 'Some text.', format: '' as const }, notice: { on: '', how: ['email' as const], note: '' } };
    expect(toAddInput(v, null).notice).toEqual({ on: null, how: ['email'], note: '' });
  });
});
