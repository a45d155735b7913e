// Retention: what is due for purging, the purge itself (after its preview, confirmed), and holds
// that keep a request past its period (a legal claim, a complaint pending).
import { retentionHoldInput, retentionPurgeInput, type RetentionHoldResult, type RetentionPreview, type RetentionPurgeResult } from '../model/retention';
import { empty, op } from './op';

export const retentionOps = {
  'retention.preview': op<RetentionPreview>()(empty, 'unlocked', 'request.read'),
  'retention.purge': op<RetentionPurgeResult>()(retentionPurgeInput, 'unlocked', 'retention.purge'),
  'retention.hold': op<RetentionHoldResult>()(retentionHoldInput, 'unlocked', 'request.write'),
} as const;
