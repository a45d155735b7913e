// THE contract between the UI (and the CLI) and the core. Every operation the renderer can call is
// declared here once: its name, its zod input schema and its result type. The Electron preload,
// the HTTP carrier, the renderer's bridge and the CLI are all typed from this object, so adding a
// feature means adding one entry here and one handler in main/services/handlers.ts.
import { z } from 'zod';
import type { ApiResponse } from './errors';
import {
  changePassphraseInput,
  createVaultInput,
  resetWithRecoveryInput,
  unlockInput,
  type AppStatus,
  type CreatedVault,
} from './model/vault';
import { settingsPatchSchema, type Settings } from './model/settings';
import { auditListInput, type AuditPage, type AuditVerification } from './model/audit';
import { backupRestoreInput, type BackupInfo } from './model/backup';
import type { StoreCheck } from './model/check';
import { deadlineQuerySchema, type DeadlineResult } from './deadlines';
import {
  attachmentDeleteInput,
  attachmentRefInput,
  dueRemindersInput,
  requestAddNoteInput,
  requestAttachInput,
  requestCreateInput,
  requestFilterSchema,
  requestImportEmlInput,
  requestImportInput,
  requestImportPreviewInput,
  requestListInput,
  requestParseEmlInput,
  requestRefInput,
  requestTransitionInput,
  type Art19Listing,
  type AttachmentContent,
  type AttachmentInfo,
  type CreatedRequest,
  type CsvExport,
  type DashboardData,
  type DueReminder,
  type EmlDraft,
  type ImportPreview,
  type ImportResult,
  type RequestDetail,
  type RequestListResult,
  type JobProgress,
} from './model/request';

/**
 * `unlocked`: needs an open database (refused with LOCKED otherwise).
 * `public`: works while locked (status, unlock, pure computations).
 */
type Access = 'public' | 'unlocked';

interface OperationSpec<S extends z.ZodType, R> {
  input: S;
  access: Access;
  /** Phantom: carries the result type for the typed bridge; never read at run time. */
  result?: R;
}

function op<R>() {
  return <S extends z.ZodType>(input: S, access: Access): OperationSpec<S, R> => ({ input, access });
}

const empty = z.object({}).strict();

export const api = {
  // App and vault lifecycle (main/services/vault-service.ts)
  'app.status': op<AppStatus>()(empty, 'public'),
  'vault.create': op<CreatedVault>()(createVaultInput, 'public'),
  'vault.unlock': op<AppStatus>()(unlockInput, 'public'),
  'vault.lock': op<AppStatus>()(empty, 'public'),
  'vault.acknowledgeRecovery': op<AppStatus>()(empty, 'unlocked'),
  'vault.changePassphrase': op<{ changed: true }>()(changePassphraseInput, 'unlocked'),
  'vault.resetWithRecovery': op<CreatedVault>()(resetWithRecoveryInput, 'public'),
  'vault.newRecoveryCode': op<CreatedVault>()(z.object({ passphrase: z.string().min(1, 'Enter your passphrase.') }), 'unlocked'),
  'vault.setDeviceUnlock': op<AppStatus>()(z.object({ enabled: z.boolean() }), 'unlocked'),
  /** The renderer reports user activity so auto-lock measures real idleness, not API silence. */
  'session.activity': op<{ lockInSeconds: number | null }>()(empty, 'public'),

  // Settings
  'settings.get': op<Settings>()(empty, 'unlocked'),
  'settings.update': op<Settings>()(settingsPatchSchema, 'unlocked'),

  // Audit trail
  'audit.list': op<AuditPage>()(auditListInput, 'unlocked'),
  'audit.verify': op<AuditVerification>()(empty, 'unlocked'),

  // Backups
  'backup.create': op<BackupInfo>()(empty, 'unlocked'),
  'backup.list': op<BackupInfo[]>()(empty, 'unlocked'),

  // Damaged database: the full check (main/services/store-check.ts), and restoring an automatic
  // backup while locked, from the restore screen (listing reads only the backups' manifests).
  'store.check': op<StoreCheck>()(empty, 'unlocked'),
  'backup.listAvailable': op<BackupInfo[]>()(empty, 'public'),
  'backup.restore': op<AppStatus>()(backupRestoreInput, 'public'),

  // Subject requests (main/services/requests/; contract notes in main/services/requests/CONTRACT.md)
  'request.create': op<CreatedRequest>()(requestCreateInput, 'unlocked'),
  'request.list': op<RequestListResult>()(requestListInput, 'unlocked'),
  'request.get': op<RequestDetail>()(requestRefInput, 'unlocked'),
  'request.transition': op<RequestDetail>()(requestTransitionInput, 'unlocked'),
  'request.addNote': op<RequestDetail>()(requestAddNoteInput, 'unlocked'),
  'request.attach': op<RequestDetail>()(requestAttachInput, 'unlocked'),
  'request.attachmentGet': op<AttachmentContent>()(attachmentRefInput, 'unlocked'),
  'request.attachmentDelete': op<AttachmentInfo>()(attachmentDeleteInput, 'unlocked'),
  'request.art19Recipients': op<Art19Listing>()(requestRefInput, 'unlocked'),
  'request.importPreview': op<ImportPreview>()(requestImportPreviewInput, 'unlocked'),
  'request.import': op<ImportResult>()(requestImportInput, 'unlocked'),
  'request.parseEml': op<EmlDraft>()(requestParseEmlInput, 'unlocked'),
  'request.importEml': op<CreatedRequest>()(requestImportEmlInput, 'unlocked'),
  'request.dashboard': op<DashboardData>()(empty, 'unlocked'),
  'request.exportCsv': op<CsvExport>()(requestFilterSchema, 'unlocked'),
  'job.progress': op<JobProgress>()(z.object({ id: z.string().max(64) }), 'unlocked'),
  'request.dueReminders': op<DueReminder[]>()(dueRemindersInput, 'unlocked'),

  // Deadlines: pure, so also available while locked (the CLI's `dpo deadline` needs no vault).
  'deadline.compute': op<DeadlineResult>()(deadlineQuerySchema, 'public'),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type OpInput<N extends OpName> = z.input<Api[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Api[N]['input']>;
export type OpResult<N extends OpName> = Api[N] extends OperationSpec<z.ZodType, infer R> ? R : never;

export const OP_NAMES = Object.keys(api) as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What the renderer holds: one typed call, whatever carries it (IPC or HTTP). */
export interface Bridge {
  call<N extends OpName>(op: N, input: OpInput<N>): Promise<ApiResponse<OpResult<N>>>;
}

/** Max request body the carriers accept (attachments are sent as base64 in JSON). */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;
