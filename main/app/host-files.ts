// What a host on this machine (the CLI) uses for the files the user names, from the composition
// root so hosts never reach into the store themselves: the same path checks and atomic,
// owner-only writing every user-chosen output gets (store/output-file.ts), and the plain
// disk-full message for a write that fails outside dispatch.
export { checkOutputPath, OutputFileError, writeOutputFile } from '../store/output-file';
export { checkBackupTarget } from '../store/backup';
export { DiskFullError, isDiskFull } from '../store/errors';
