// Strings for the damaged-database restore screen and the database check in Settings (English).
export const integrity = {
  damaged: {
    title: 'The database must be restored from a backup',
    kinds: {
      missing: 'The database file is missing.',
      empty: 'The database file is empty.',
      unreadable: 'The database file is damaged.',
      wal: 'The database\'s write-ahead log is damaged.',
      rolledBack: 'An older copy of the database was put in place of the current one.',
      replaced: 'The database is not the one this workbench recorded.',
    },
    intro: 'Choose a backup and enter your passphrase. The backup is checked in full before anything is replaced, and the current file is kept aside, not deleted.',
    backupsTitle: 'Automatic backups',
    noBackups: 'No automatic backups were found in this data folder. Restore a backup you copied elsewhere with "dpo restore FILE".',
    taken: 'Taken',
    file: 'File',
    events: 'Audit events',
    choose: (file: string) => `Restore ${file}`,
    passphrase: 'Passphrase',
    chooseFirst: 'Choose a backup.',
    passphraseMissing: 'Enter your passphrase.',
    submit: 'Restore this backup',
    working: 'Checking and restoring…',
  },
  check: {
    title: 'Check the database',
    intro: 'Reads every page and checks its integrity, references, the audit chain and every stored file\'s hash. Also runs before every backup.',
    run: 'Check the database',
    running: 'Checking…',
    ok: (pages: number, events: number, files: number) => `Sound: ${pages} pages read, ${events} audit events on the chain, ${files} stored file(s) match their hash.`,
    problems: (n: number) => `${n} problem(s) found`,
  },
} as const;
