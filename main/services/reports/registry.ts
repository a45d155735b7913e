// Every kind of report the report worker can make: its input and how it is planned. A new kind
// (a letter, the Art. 30 record) adds one entry here and an operation that calls runReport (job.ts).
import type { z } from 'zod';
import type { reportAuditPackInput, reportCaseFileInput, reportProcessingRecordInput } from '../../../shared/model/report';
import type { Language } from '../../../shared/i18n';
import { caseFilePlan } from './case-file';
import { auditPackPlan } from './audit-pack';
import type { ReportEnv, ReportPlan } from './generate';
import { processingRecordPlan } from './processing-record';

export interface ReportKindSpec<I> {
  lang(input: I): Language | undefined;
  plan(env: ReportEnv, input: I): ReportPlan;
}

export const REPORT_KINDS = {
  'case-file': { lang: (i) => i.lang, plan: (env, i) => caseFilePlan(env, i.ref) } satisfies ReportKindSpec<z.output<typeof reportCaseFileInput>>,
  'audit-pack': { lang: (i) => i.lang, plan: (env, i) => auditPackPlan(env, i.from ?? null, i.to ?? null) } satisfies ReportKindSpec<z.output<typeof reportAuditPackInput>>,
  'processing-record': { lang: (i) => i.lang, plan: (env, i) => processingRecordPlan(env, i.date ?? env.today) } satisfies ReportKindSpec<z.output<typeof reportProcessingRecordInput>>,
} as const;

export type ReportJobKind = keyof typeof REPORT_KINDS;
export type ReportJobInput<K extends ReportJobKind> = Parameters<(typeof REPORT_KINDS)[K]['plan']>[1];
