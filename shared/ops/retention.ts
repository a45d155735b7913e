// Retention: what is due for purging, the purge itself (after its preview, confirmed), and holds
// that keep a request past its period (a legal claim, a complaint pending).
import { retentionHoldInput, retentionHoldOfInput, retentionPurgeInput, type RetentionHold, type RetentionHoldResult, type RetentionPreview, type RetentionPurgeResult } from '../model/retention';
import { empty, op } from './op';

export const retentionOps = {
  'retention.preview': op<RetentionPreview>()(empty, 'unlocked', 'request.read'),
  'retention.purge': op<RetentionPurgeResult>()(retentionPurgeInput, 'unlocked', 'retention.purge'),
  'retention.hold': op<RetentionHoldResult>()(retentionHoldInput, 'unlocked', 'request.write'),
  /** The hold in force on one request, disclosure or breach (null: none), for its page. */
  'retention.holdOf': op<RetentionHold | null>()(retentionHoldOfInput, 'unlocked', 'request.read'),
} as const;
