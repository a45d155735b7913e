import type { BackupInfo } from '../model/backup';
import { empty, op } from './op';

export const backupOps = {
  'backup.create': op<BackupInfo>()(empty, 'unlocked', 'backup.manage'),
  'backup.list': op<BackupInfo[]>()(empty, 'unlocked', 'backup.manage'),
} as const;
