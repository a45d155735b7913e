// The full export for moving to another tool: the one deliberate plaintext output, written only
// to a file the user names on this machine.
import { z } from 'zod';
import { absolutePathField } from './fields';

export const EXPORT_FORMATS = ['json'] as const;

export const exportInput = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `Choose a format (${EXPORT_FORMATS.join(', ')}).` }),
  file: absolutePathField('Name the file to write.'),
  force: z.boolean().default(false),
});

export interface ExportSummary {
  file: string;
  /** Rows written per table. */
  tables: Record<string, number>;
  /** The audit head printed in the export (and recorded as a checkpoint). */
  auditSeq: number;
  auditHead: string;
}
