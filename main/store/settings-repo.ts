import { createHash } from 'node:crypto';
import { splitPersonal } from '../../shared/model/personal';
import { DEFAULT_SETTINGS, settingsPatchSchema, type Settings, type SettingsPatch } from '../../shared/model/settings';
import type { Db } from './database';
import { stmt } from './statements';
import type { Store } from './store';

/**
 * Stored values over the defaults. Each key is validated on its own: a value an older app wrote
 * that no longer validates falls back to its default instead of locking the DPO out.
 */
export function readSettings(db: Db): Settings {
  const rows = stmt(db, 'SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (!(r.key in DEFAULT_SETTINGS)) continue;
    const one = settingsPatchSchema.safeParse({ [r.key]: JSON.parse(r.value) });
    if (one.success) Object.assign(out, one.data);
  }
  return out as Settings;
}

export function updateSettings(store: Store, actor: string, patch: SettingsPatch): Settings {
  const parsed = settingsPatchSchema.parse(patch);
  return store.tx(actor, 'settings.update', (t) => {
    const before = readSettings(t.db);
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    const upsert = stmt(t.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(parsed)) {
      if (value === undefined) continue;
      const old = before[key as keyof Settings];
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      upsert.run(key, JSON.stringify(value));
      changes[key] = key === 'orgLogo' ? { old: logoTrace(old), new: logoTrace(value) } : { old, new: value };
    }
    // The DPO's own name and contact are personal: kept beside the chain, erasable, never hashed.
    const { summary, details } = splitPersonal({ changes }, 'settings');
    t.audit({ entityType: 'settings', entityId: null, summary, details });
    return readSettings(t.db);
  });
}

/** A logo in the audit trail: its hash and size, not half a megabyte of base64. */
function logoTrace(v: unknown): { sha256: string; bytes: number } | null {
  if (!v || typeof v !== 'object' || !('base64' in v)) return null;
  const bytes = Buffer.from(String((v as { base64: string }).base64), 'base64');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
