import { describe, expect, it } from 'vitest';
import { newCore } from '../../support/session';
import { localUser } from '../../../shared/auth';

const ctx = { principal: localUser('test') };

describe('settings', () => {
  it('a partial update changes only the fields it sends', async () => {
    const { core } = await newCore();
    await core.dispatch('settings.update', { timeZone: 'Europe/London', addedHolidays: [{ date: '2026-12-31', name: 'Company-wide legal closure' }] }, ctx);
    const res = await core.dispatch('settings.update', { autoLockMinutes: 5 }, ctx);
    expect(res).toMatchObject({ ok: true, result: { timeZone: 'Europe/London', autoLockMinutes: 5, addedHolidays: [{ date: '2026-12-31' }] } });
  });

  it('refuses values the deadline engine could not use, field by field', async () => {
    const { core } = await newCore();
    const res = await core.dispatch('settings.update', { addedHolidays: [{ date: '2026-02-30', name: '' }], timeZone: 'Mars/Olympus' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const fields = Object.keys((res as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors);
    expect(fields).toEqual(expect.arrayContaining(['addedHolidays.0.date', 'addedHolidays.0.name', 'timeZone']));
    expect(await core.dispatch('settings.get', {}, ctx)).toMatchObject({ ok: true, result: { timeZone: 'Europe/Amsterdam', addedHolidays: [] } });
  });

  it('stores the UI language (English by default), and refuses a language without a catalog', async () => {
    const { core } = await newCore();
    expect(await core.dispatch('settings.get', {}, ctx)).toMatchObject({ ok: true, result: { language: 'en' } });
    const bad = await core.dispatch('settings.update', { language: 'fr' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { language: [expect.stringMatching(/en, nl/)] } } });
    expect(await core.dispatch('settings.update', { language: 'nl' }, ctx)).toMatchObject({ ok: true, result: { language: 'nl', timeZone: 'Europe/Amsterdam' } });
    expect(await core.dispatch('settings.get', {}, ctx)).toMatchObject({ ok: true, result: { language: 'nl' } });
  });

  it('records old and new values in the audit trail', async () => {
    const { core } = await newCore();
    await core.dispatch('settings.update', { internalTargetDays: 21 }, ctx);
    const page = await core.dispatch('audit.list', { operation: 'settings.update', limit: 1 }, ctx);
    expect(page).toMatchObject({ ok: true, result: { rows: [{ summary: { changes: { internalTargetDays: { old: 28, new: 21 } } } }] } });
  });
});
