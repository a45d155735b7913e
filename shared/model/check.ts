// The result of `dpo check` / Settings → "Check the database": every page read and decrypted,
// SQLite's structure, references, the audit chain, the recorded head and every stored file hash.

export type StoreCheckName = 'pages' | 'integrity' | 'foreignKeys' | 'audit' | 'head' | 'files' | 'wal';

export interface StoreCheckProblem {
  check: StoreCheckName;
  message: string;
}

export interface StoreCheck {
  ok: boolean;
  /** The database file checked, so a report names it. */
  file: string;
  checkedAt: string;
  pages: number;
  auditEvents: number;
  files: number;
  auditHead: { seq: number; hash: string };
  problems: StoreCheckProblem[];
  /** What to do when not ok; null when ok. */
  advice: string | null;
}
