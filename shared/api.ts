// THE contract between the UI (and the CLI) and the core. Every operation the renderer can call is
// declared once, in its feature's module under shared/ops/: its name, its zod input schema, the
// access and permission it needs, and its result type. The Electron preload, the HTTP carrier,
// the renderer's bridge and the CLI are all typed from this object, and shared/handlers.ts makes a
// missing handler a compile error. Adding a register means one more ops module spread in here.
import type { z } from 'zod';
import type { ApiResponse } from './errors';
import type { OperationSpec } from './ops/op';
import { auditOps } from './ops/audit';
import { backupOps } from './ops/backup';
import { deadlineOps } from './ops/deadlines';
import { exportOps } from './ops/export';
import { disclosureOps } from './ops/disclosures';
import { breachOps } from './ops/breaches';
import { jobOps } from './ops/jobs';
import { letterOps } from './ops/letters';
import { policyOps } from './ops/policy';
import { processingOps } from './ops/processing';
import { requestOps } from './ops/requests';
import { retentionOps } from './ops/retention';
import { reportOps } from './ops/reports';
import { settingsOps } from './ops/settings';
import { storeOps } from './ops/store';
import { vaultOps } from './ops/vault';

export const api = {
  ...vaultOps,
  ...settingsOps,
  ...auditOps,
  ...backupOps,
  ...exportOps,
  ...storeOps,
  ...jobOps,
  ...requestOps,
  ...disclosureOps,
  ...breachOps,
  ...policyOps,
  ...processingOps,
  ...deadlineOps,
  ...retentionOps,
  ...letterOps,
  ...reportOps,
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

/** Max request body the carriers accept (files are sent as base64 in JSON). */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;
