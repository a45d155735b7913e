// The vault holds the random 256-bit data key, only ever wrapped (DESIGN.md "Storage and keys"):
// by the passphrase (scrypt, memory-hard), by a one-time recovery code, and optionally by the OS
// keychain. The key never touches disk in the clear; changing the passphrase re-wraps it and
// leaves the database untouched.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic, writeFileExclusive } from './atomic-file';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import { VaultExistsError, VaultFileDamagedError, WrongPassphraseError, WrongRecoveryCodeError } from './errors';

export const VAULT_FILE = 'vault.json';
export const VAULT_FORMAT = 1;
export const DATA_KEY_BYTES = 32;

/**
 * Passphrase KDF (scrypt): deliberately slow (~0.3–1 s) and memory-hard; N = 2^17 with r = 8
 * needs 128 MiB per guess (OWASP Password Storage Cheat Sheet).
 */
export const PASSPHRASE_KDF = { N: 2 ** 17, r: 8, p: 1 } as const;
/** The recovery code already has 150 bits of entropy; the KDF only adds defence in depth. */
export const RECOVERY_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;

/**
 * The only KDF parameter sets this app has ever written, per wrap. vault.json is read before any
 * secret is checked, so its parameters are attacker- or bit-rot-controlled input: trusting them
 * let N=2^24 cost two minutes and 16 GiB per unlock, and nonsense values crashed scrypt. A new
 * parameter set is added here (never removed) when the defaults are raised.
 */
export const KNOWN_KDF_PARAMS = {
  passphrase: [PASSPHRASE_KDF],
  recovery: [RECOVERY_KDF],
} as const satisfies Record<'passphrase' | 'recovery', ReadonlyArray<{ N: number; r: number; p: number }>>;

/** Canonical base64 of exactly `bytes` bytes (round-trips, so no stray characters or padding). */
function base64Of(bytes: number) {
  return z.string().refine((s) => {
    const b = Buffer.from(s, 'base64');
    return b.length === bytes && b.toString('base64') === s;
  }, `must be base64 of ${bytes} bytes`);
}

const wrapSchema = z.object({
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: base64Of(16) }),
  cipher: z.literal('aes-256-gcm'),
  iv: base64Of(12),
  tag: base64Of(16),
  ciphertext: base64Of(DATA_KEY_BYTES),
});
export type KeyWrap = z.infer<typeof wrapSchema>;

const vaultFileSchema = z.object({
  format: z.number().int().min(1),
  createdAt: z.string(),
  recoveryAcknowledged: z.boolean(),
  passphrase: wrapSchema,
  recovery: wrapSchema,
  /** OS-keychain wrap (Electron safeStorage); absent unless "remember on this device" is on. */
  device: z.object({ backend: z.string(), blob: z.string() }).optional(),
});
export type VaultFile = z.infer<typeof vaultFileSchema>;

// Additional authenticated data binds each wrap to its purpose, so one wrap cannot be swapped
// for another inside the file.
const AAD = { passphrase: 'dpo-workbench/vault/v1/passphrase', recovery: 'dpo-workbench/vault/v1/recovery' } as const;

export function vaultPath(dataDir: string): string {
  return join(dataDir, VAULT_FILE);
}

export function vaultExists(dataDir: string): boolean {
  return existsSync(vaultPath(dataDir));
}

export function readVault(dataDir: string): VaultFile {
  return readVaultFile(vaultPath(dataDir));
}

/** Reads any vault file, e.g. the copy stored beside a backup. */
export function readVaultFile(file: string): VaultFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new VaultFileDamagedError(err instanceof SyntaxError ? 'not valid JSON' : `unreadable${code ? ` (${code})` : ''}`);
  }
  const parsed = vaultFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the top level';
    throw new VaultFileDamagedError(`unexpected content at ${where}`);
  }
  if (parsed.data.format > VAULT_FORMAT) throw new VaultFileDamagedError(`format ${parsed.data.format} is newer than this app`);
  for (const purpose of ['passphrase', 'recovery'] as const) {
    const { N, r, p } = parsed.data[purpose].kdf;
    if (!KNOWN_KDF_PARAMS[purpose].some((k) => k.N === N && k.r === r && k.p === p)) {
      throw new VaultFileDamagedError(`unknown key-derivation parameters for the ${purpose} wrap`);
    }
  }
  return parsed.data;
}

function writeVault(dataDir: string, vault: VaultFile): void {
  writeFileAtomic(vaultPath(dataDir), JSON.stringify(vault, null, 2) + '\n');
}

function scrypt(secret: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(secret.normalize('NFC'), salt, 32, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

async function wrap(dataKey: Buffer, secret: string, params: { N: number; r: number; p: number }, aad: string): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const kek = await scrypt(secret, salt, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Returns the data key, or null when the secret is wrong (GCM authentication fails). */
async function unwrap(w: KeyWrap, secret: string, aad: string): Promise<Buffer | null> {
  const kek = await scrypt(secret, Buffer.from(w.kdf.salt, 'base64'), w.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(w.ciphertext, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export interface CreatedVaultKeys {
  dataKey: Buffer;
  recoveryCode: string;
}

/** First run: a fresh random data key, wrapped by the passphrase and by a new recovery code. */
export async function createVault(dataDir: string, passphrase: string): Promise<CreatedVaultKeys> {
  if (vaultExists(dataDir)) throw new VaultExistsError();
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryCode = generateRecoveryCode();
  const [pw, rc] = await Promise.all([
    wrap(dataKey, passphrase, PASSPHRASE_KDF, AAD.passphrase),
    wrap(dataKey, normaliseRecoveryCode(recoveryCode), RECOVERY_KDF, AAD.recovery),
  ]);
  const file: VaultFile = { format: VAULT_FORMAT, createdAt: new Date().toISOString(), recoveryAcknowledged: false, passphrase: pw, recovery: rc };
  try {
    writeFileExclusive(vaultPath(dataDir), JSON.stringify(file, null, 2) + '\n');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new VaultExistsError();
    throw err;
  }
  return { dataKey, recoveryCode };
}

export async function unlockWithPassphrase(dataDir: string, passphrase: string): Promise<Buffer> {
  return unlockVaultFileWithPassphrase(vaultPath(dataDir), passphrase);
}

export async function unlockVaultFileWithPassphrase(file: string, passphrase: string): Promise<Buffer> {
  const key = await unwrap(readVaultFile(file).passphrase, passphrase, AAD.passphrase);
  if (!key) throw new WrongPassphraseError();
  return key;
}

export async function unlockWithRecoveryCode(dataDir: string, code: string): Promise<Buffer> {
  const key = await unwrap(readVault(dataDir).recovery, normaliseRecoveryCode(code), AAD.recovery);
  if (!key) throw new WrongRecoveryCodeError();
  return key;
}

/** Re-wraps the data key under a new passphrase; the database is not touched. */
export async function rewrapPassphrase(dataDir: string, dataKey: Buffer, passphrase: string): Promise<void> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error('The data key must be 32 bytes.');
  const vault = readVault(dataDir);
  writeVault(dataDir, { ...vault, passphrase: await wrap(dataKey, passphrase, PASSPHRASE_KDF, AAD.passphrase) });
}

/** Issues a new recovery code (the old one stops working) and marks it as not yet acknowledged. */
export async function rewrapRecovery(dataDir: string, dataKey: Buffer): Promise<string> {
  const vault = readVault(dataDir);
  const recoveryCode = generateRecoveryCode();
  writeVault(dataDir, {
    ...vault,
    recoveryAcknowledged: false,
    recovery: await wrap(dataKey, normaliseRecoveryCode(recoveryCode), RECOVERY_KDF, AAD.recovery),
  });
  return recoveryCode;
}

export function acknowledgeRecovery(dataDir: string): void {
  const vault = readVault(dataDir);
  if (!vault.recoveryAcknowledged) writeVault(dataDir, { ...vault, recoveryAcknowledged: true });
}

export function setDeviceWrap(dataDir: string, device: { backend: string; blob: string } | null): void {
  const { device: _old, ...rest } = readVault(dataDir);
  writeVault(dataDir, device ? { ...rest, device } : rest);
}
