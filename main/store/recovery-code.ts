import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a code read aloud or typed from paper survives confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 6;
const GROUP_LENGTH = 5;
/** 30 symbols × 5 bits = 150 bits of entropy (the issue asks for 120+). */
export const RECOVERY_CODE_BITS = GROUPS * GROUP_LENGTH * 5;

export function generateRecoveryCode(): string {
  const symbols: string[] = [];
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const b of bytes) symbols.push(ALPHABET[b % 32]!);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** Canonical form for key derivation: upper case, separators dropped, look-alikes mapped. */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}
