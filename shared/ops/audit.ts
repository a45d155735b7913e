import { auditListInput, type AuditPage, type AuditVerification } from '../model/audit';
import { empty, op } from './op';

export const auditOps = {
  'audit.list': op<AuditPage>()(auditListInput, 'unlocked', 'audit.read'),
  'audit.verify': op<AuditVerification>()(empty, 'unlocked', 'audit.read'),
} as const;
