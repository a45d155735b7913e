import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch, settingsPatchSchema } from '../../shared/model/settings';
import type { Db } from './database';
import type { Store } from './store';

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const raw: Record<string, unknown> = {};
  for (const r of rows) raw[r.key] = JSON.parse(r.value);
  const parsed = settingsSchema.safeParse(raw);
  // A stored value that no longer validates (older app wrote it) falls back to the default
  // rather than locking the DPO out of the app.
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, ...pickValid(raw) };
}

function pickValid(raw: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const one = settingsPatchSchema.safeParse({ [k]: v });
    if (one.success) Object.assign(out, one.data);
  }
  return out as Partial<Settings>;
}

export function updateSettings(store: Store, actor: string, patch: SettingsPatch): Settings {
  const parsed = settingsPatchSchema.parse(patch);
  return store.tx(actor, 'settings.update', (t) => {
    const before = readSettings(t.db);
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    const upsert = t.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(parsed)) {
      if (value === undefined) continue;
      const old = before[key as keyof Settings];
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      upsert.run(key, JSON.stringify(value));
      changes[key] = { old, new: value };
    }
    t.audit({ entityType: 'settings', entityId: null, summary: { changes } });
    return readSettings(t.db);
  });
}
