// Reads a SQLite write-ahead log without opening the database. On open, SQLite replays the WAL
// only up to the first frame whose checksum fails and ignores a WAL whose header is damaged, both
// silently: committed transactions after the damage are dropped and the next checkpoint makes the
// loss permanent. Checking first lets us refuse and keep the file for restore instead.
// Format: https://www.sqlite.org/fileformat2.html#walformat (32-byte header, then frames of a
// 24-byte header plus one page; cumulative Fletcher-style checksums; salts tie frames to the
// current WAL generation). SQLite3 Multiple Ciphers encrypts the page bytes, not the headers, so
// the checksums are over the ciphertext and can be verified without the key.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC_LE = 0x377f0682;
const MAGIC_BE = 0x377f0683;

export interface WalReport {
  /** Frames that SQLite will replay (complete, checksummed, current generation). */
  validFrames: number;
  /** Null when the WAL is absent or sound; otherwise what is wrong, in words. */
  problem: string | null;
}

function checksum(buf: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let s0 = s[0];
  let s1 = s[1];
  for (let i = 0; i + 8 <= buf.length; i += 8) {
    const a = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const b = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * Damage is: a header that is cut short or fails its checksum, or a frame of the current
 * generation that fails its checksum while later frames of the same generation follow (so it was
 * once written whole). A torn frame at the very end is what a crash during an uncommitted write
 * leaves, and SQLite rightly discards it; that is not reported.
 */
export function checkWal(walFile: string): WalReport {
  if (!existsSync(walFile)) return { validFrames: 0, problem: null };
  const size = statSync(walFile).size;
  if (size === 0) return { validFrames: 0, problem: null };
  const fd = openSync(walFile, 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER);
    if (readSync(fd, header, 0, WAL_HEADER, 0) < WAL_HEADER) return { validFrames: 0, problem: `the write-ahead log is cut short (${size} bytes, shorter than its header)` };
    const magic = header.readUInt32BE(0);
    if (magic !== MAGIC_LE && magic !== MAGIC_BE) return { validFrames: 0, problem: 'the write-ahead log header is not a SQLite WAL header' };
    const bigEndian = magic === MAGIC_BE;
    const pageSize = header.readUInt32BE(8);
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    let sum = checksum(header.subarray(0, 24), bigEndian, [0, 0]);
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) {
      return { validFrames: 0, problem: 'the write-ahead log header fails its checksum' };
    }
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { validFrames: 0, problem: 'the write-ahead log header names an impossible page size' };
    const frameSize = FRAME_HEADER + pageSize;
    const frame = Buffer.alloc(frameSize);
    let valid = 0;
    let broken: number | null = null;
    for (let i = 0, off = WAL_HEADER; off + frameSize <= size; i++, off += frameSize) {
      readSync(fd, frame, 0, frameSize, off);
      const current = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
      if (broken !== null) {
        if (current) return { validFrames: valid, problem: `frame ${broken + 1} of the write-ahead log is damaged and committed frames after it would be lost` };
        continue;
      }
      if (!current) {
        // A frame from an earlier generation: the log ends here for SQLite.
        broken = -1;
        continue;
      }
      sum = checksum(frame.subarray(0, 8), bigEndian, sum);
      sum = checksum(frame.subarray(FRAME_HEADER), bigEndian, sum);
      if (sum[0] !== frame.readUInt32BE(16) || sum[1] !== frame.readUInt32BE(20)) {
        broken = i;
        continue;
      }
      valid++;
    }
    return { validFrames: valid, problem: null };
  } finally {
    closeSync(fd);
  }
}
