// The one typeface every PDF uses: DejaVu Sans (npm dejavu-fonts-ttf, licence in
// THIRD-PARTY-NOTICES.md). A TrueType font embedded and subset, so names in any European script
// ("Zoë Łukasiewicz-Dvořák", "Ðorđe", "Ἀθηνᾶ", "Алексей") print exactly and stay selectable text;
// the 14 standard PDF fonts cover Latin-1 only and are not embedded (PDF/A forbids that too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

const FILES = { [FONT_REGULAR]: 'DejaVuSans.ttf', [FONT_BOLD]: 'DejaVuSans-Bold.ttf' } as const;
export type FontName = keyof typeof FILES;

const cache = new Map<FontName, Buffer>();

/** The package's folder, resolved the way Node resolves the app's dependencies (bundled or not). */
function fontDir(): string {
  const from = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  return join(createRequire(from).resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
}

/** The TTF bytes, read once per process (the worker keeps them for the next report). */
export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(join(fontDir(), FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}
