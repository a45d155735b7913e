// Text from a CSV file is looked up in alias tables; names of Object.prototype's members must be
// ordinary unknown names there, not the prototype's functions.
import { describe, expect, it } from 'vitest';
import { daysAgo, openTestCore } from './helpers';

describe('CSV import with header and type names of object members', () => {
  it('a header named __proto__, constructor or toString is an ordinary unknown column', async () => {
    const t = await openTestCore();
    const csv = [`__proto__,type,name,constructor,email,received,toString,channel`, `x,access,Ada Lovelace,y,ada@example.com,${daysAgo(2)},z,email`].join('\n');
    const preview = await t.call('request.importPreview', { csv });
    expect(preview.headers).toEqual(['__proto__', 'type', 'name', 'constructor', 'email', 'received', 'toString', 'channel']);
    expect(preview.mapping).toEqual({ type: 1, name: 2, email: 4, received: 5, channel: 7 });
    expect(preview.validRows).toBe(1);
    // The mapping the preview proposes is accepted back, as the import screen sends it.
    const r = await t.call('request.import', { csv, mapping: preview.mapping });
    expect(r).toMatchObject({ imported: 1, rejected: [] });
    t.close();
  });

  it('a type named after an object member is reported as an unknown type', async () => {
    const t = await openTestCore();
    const csv = ['type,name,email,received,channel', ...['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((ty) => `${ty},Ada Lovelace,ada@example.com,${daysAgo(2)},email`)].join('\n');
    const r = await t.call('request.import', { csv });
    expect(r.imported).toBe(0);
    expect(r.rejected.map((x) => x.errors)).toEqual([
      [expect.stringMatching(/^type: unknown type "constructor"/)],
      [expect.stringMatching(/^type: unknown type "__proto__"/)],
      [expect.stringMatching(/^type: unknown type "toString"/)],
      [expect.stringMatching(/^type: unknown type "hasOwnProperty"/)],
    ]);
    t.close();
  });
});
