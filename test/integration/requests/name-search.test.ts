// Search finds every spelling of a name: the plain-letter spelling a DPO types finds the name as
// the subject wrote it (Latin scripts with diacritics and special letters, Greek, Cyrillic), and
// the list sorts by family name. Missing a record of the subject makes an access answer
// incomplete (GDPR Art. 15(1)).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../../main/store/database';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { newPublicId } from '../../../main/store/public-id';
import { tempDir } from '../../support/temp';
import { newRequest, openTestCore, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

// [name as the subject wrote it, what a DPO types]
const PAIRS: Array<[string, string]> = [
  ['Jan Łukasiewicz', 'lukasiewicz'],
  ['Ðorđe Petrović', 'dorde'],
  ['Ðorđe Petrović', 'petrovic'],
  ['Øystein Ødegård', 'oystein'],
  ['Øystein Ødegård', 'odegard'],
  ['Hans Müller', 'muller'],
  ['Hans Müller', 'mueller'],
  ['Jürgen Größe', 'groesse'],
  ['Åsa Ångström', 'angstrom'],
  ['Þórður Ólafsson', 'thordur'],
  ['Şükrü Çelik', 'sukru celik'],
  ['Antonín Dvořák', 'dvorak'],
  ['José Ñúñez', 'nunez'],
  ['Nguyễn Văn Thắng', 'nguyen van'],
  ['Zofia Żółkiewska', 'zolkiewska'],
  ['Ioana Mihăilescu-Țepeș', 'tepes'],
  ['Ana Kovačević', 'kovacevic'],
  ['Ærling Færøy', 'faeroy'],
  ['Aino Hämäläinen', 'hamalainen'],
  ['Ólöf Guðmundsdóttir', 'gudmundsdottir'],
  ['Γιώργος Νικολάου', 'giorgos'],
  ['Δημήτρης Σαμαράς', 'samaras'],
  ['Иван Иванов', 'ivanov'],
  ['Юлия Щербакова', 'shcherbakova'],
  ['Олександр Шевченко', 'shevchenko'],
  ['Ђорђе Јовановић', 'djordje'],
];

describe('search by plain-letter spelling', () => {
  it(`finds each of ${PAIRS.length} names by the spelling a DPO types`, async () => {
    const names = [...new Set(PAIRS.map(([name]) => name))];
    const refs = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      const r = await t.call('request.create', newRequest({ name, email: `subject${i}@example.com` }));
      refs.set(name, r.ref);
    }
    const missed: string[] = [];
    for (const [name, typed] of PAIRS) {
      const found = (await t.call('request.list', { q: typed, limit: 50 })).rows.map((r) => r.ref);
      if (!found.includes(refs.get(name)!)) missed.push(`"${typed}" did not find "${name}"`);
    }
    expect(missed).toEqual([]);
    // The name as written still finds itself, and the folded form finds nobody else.
    expect((await t.call('request.list', { q: 'Łukasiewicz' })).rows.map((r) => r.name)).toEqual(['Jan Łukasiewicz']);
    expect((await t.call('request.list', { q: 'lukasiewicz' })).rows.map((r) => r.name)).toEqual(['Jan Łukasiewicz']);
    // The same goes for the CSV export, which filters without the list's paging.
    const csv = await t.call('request.exportCsv', { q: 'shcherbakova' });
    expect(csv.rows).toBe(1);
  });

  it('ranks the spelling as typed first, then the other spellings', async () => {
    const umlaut = await t.call('request.create', newRequest({ name: 'Greta Müller', email: 'g@example.com' }));
    const plain = await t.call('request.create', newRequest({ name: 'Peter Muller', email: 'p@example.com' }));
    const ue = await t.call('request.create', newRequest({ name: 'Karl Mueller', email: 'k@example.com' }));
    // Sorted by reference, "Müller" (created first) would come first; the exact match wins.
    const muller = await t.call('request.list', { q: 'muller', sort: 'ref' });
    expect(muller.rows.map((r) => r.ref)).toEqual([plain.ref, umlaut.ref]);
    const mueller = await t.call('request.list', { q: 'mueller', sort: 'ref' });
    expect(mueller.rows.map((r) => r.ref)).toEqual([ue.ref, umlaut.ref]);
    const typed = await t.call('request.list', { q: 'Müller', sort: 'ref', dir: 'desc' });
    expect(typed.rows.map((r) => r.ref)).toEqual([umlaut.ref, plain.ref]);
    expect(typed.total).toBe(2);
  });

  it('folds short queries too (the fallback without the index)', async () => {
    const r = await t.call('request.create', newRequest({ name: 'Øy Ås', email: 'oy@example.com' }));
    expect((await t.call('request.list', { q: 'oy' })).rows.map((x) => x.ref)).toEqual([r.ref]);
  });
});

describe('sorting by family name', () => {
  it("sorts by the stored family-name key, not the free text's first letter", async () => {
    for (const [i, name] of ['Zoë Adams', 'Jan van der Berg', 'Anna Łukasiewicz', 'Bergman, Anna', 'Émile Zola', 'Øystein Olsen', 'Cher'].entries()) {
      await t.call('request.create', newRequest({ name, email: `s${i}@example.com` }));
    }
    const asc = await t.call('request.list', { sort: 'name' });
    expect(asc.rows.map((r) => r.name)).toEqual(['Zoë Adams', 'Jan van der Berg', 'Bergman, Anna', 'Cher', 'Anna Łukasiewicz', 'Øystein Olsen', 'Émile Zola']);
    const desc = await t.call('request.list', { sort: 'name', dir: 'desc' });
    expect(desc.rows.map((r) => r.name)).toEqual([...asc.rows.map((r) => r.name)].reverse());
  });
});

describe('migration 0010', () => {
  it('re-indexes requests stored before it: folded search forms, sort keys, the search index', () => {
    const file = join(tempDir(), 'before.db');
    const db = new Database(file);
    applyKey(db, randomBytes(32));
    const before = MIGRATIONS.filter((m) => m.name !== 'name-folding' && m.version < MIGRATIONS.find((x) => x.name === 'name-folding')!.version);
    migrate(db, before);
    // Rows as the app wrote them at the version before 0010 (public ids came with 0008).
    const insert = db.prepare(`INSERT INTO requests (public_id, ref, ref_year, ref_seq, types, status, name, email, email_norm, relation, channel,
      received_date, regime, country, due, effective_due, internal_target, rules_version, created_at, updated_at)
      VALUES (?, ?, 2026, ?, 'access', 'received', ?, 'x@example.com', 'x@example.com', 'self', 'email', '2026-01-05', 'gdpr', 'NL',
      '2026-02-05', '2026-02-05', '2026-01-26', 'r1', 'now', 'now')`);
    const rows = ['Hans Müller', 'Jan van der Berg', 'Иван Иванов'];
    rows.forEach((name, i) => {
      const id = Number(insert.run(newPublicId(), `DSR-2026-0000${i + 1}`, i + 1, name).lastInsertRowid);
      db.prepare('INSERT INTO requests_fts (rowid, ref, name, email, customer_id) VALUES (?, ?, ?, ?, NULL)').run(id, `DSR-2026-0000${i + 1}`, name, 'x@example.com');
    });
    migrate(db);
    const stored = db.prepare('SELECT name, name_folded, name_sort FROM requests ORDER BY name_sort').all();
    expect(stored).toEqual([
      { name: 'Jan van der Berg', name_folded: '', name_sort: 'berg\u0001jan' },
      { name: 'Иван Иванов', name_folded: 'ivan ivanov', name_sort: 'ivanov\u0001ivan' },
      { name: 'Hans Müller', name_folded: 'hans muller\nhans mueller', name_sort: 'muller\u0001hans' },
    ]);
    const match = (q: string) => db.prepare('SELECT count(*) AS n FROM requests_fts WHERE requests_fts MATCH ?').pluck().get(q);
    expect(match('name_folded : "mueller"')).toBe(1);
    expect(match('name_folded : "ivanov"')).toBe(1);
    expect(match('"van der"')).toBe(1);
    db.exec("INSERT INTO requests_fts (requests_fts, rank) VALUES ('integrity-check', 1)");
    db.close();
  });
});
