// The plain-register list helper, through its first user: the audit trail, paged by cursor.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../requests/helpers';

let t: TestCore;
afterEach(() => t?.close());

describe('register lists (audit trail by cursor)', () => {
  it('pages newest first without repeating or skipping, even while events are appended; filters count all pages', async () => {
    t = await openTestCore();
    for (let i = 1; i <= 6; i++) await t.call('settings.update', { autoLockMinutes: 10 + i });
    const first = await t.call('audit.list', { limit: 3 });
    expect(first.rows).toHaveLength(3);
    expect(first.nextCursor).toBe(first.rows[2]!.seq);
    // Appended between pages: it must not push an event of page 1 onto page 2.
    await t.call('settings.update', { autoLockMinutes: 99 });
    const seen = [...first.rows.map((e) => e.seq)];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await t.call('audit.list', { limit: 3, cursor });
      seen.push(...page.rows.map((e) => e.seq));
      cursor = page.nextCursor;
    }
    const expected = Array.from({ length: first.rows[0]!.seq }, (_, i) => first.rows[0]!.seq - i);
    expect(seen).toEqual(expected);

    const filtered = await t.call('audit.list', { operation: 'settings.update', limit: 2 });
    expect(filtered.total).toBe(7);
    expect(filtered.rows.every((e) => e.operation === 'settings.update')).toBe(true);
    expect((await t.call('audit.list', { limit: 5, actor: 'nobody' })).rows).toEqual([]);
  });
});
