// Everything, for moving to another tool (main/services/export-service.ts). It writes an
// unencrypted file the user names, so only a local caller may ask for it.
import { exportInput, type ExportSummary } from '../model/export';
import { op } from './op';

export const exportOps = {
  'export.write': op<ExportSummary>()(exportInput, 'unlocked', 'data.export', { localFiles: true }),
} as const;
