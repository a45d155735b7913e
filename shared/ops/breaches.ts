// The breach register, GDPR Art. 33(5) (main/services/breaches/; contract notes in its CONTRACT.md).
import {
  breachAddInput,
  breachAsOfInput,
  breachAttachInput,
  breachCorrectInput,
  breachFileInput,
  breachFilterSchema,
  breachFollowUpInput,
  breachIdInput,
  breachListInput,
  breachNotifyInput,
  type BreachAlert,
  type BreachAsOf,
  type BreachCsv,
  type BreachDetail,
  type BreachListResult,
} from '../model/breach';
import type { FileContent } from '../model/files';
import { empty, op } from './op';

export const breachOps = {
  'breach.add': op<BreachDetail>()(breachAddInput, 'unlocked', 'breach.write'),
  'breach.correct': op<BreachDetail>()(breachCorrectInput, 'unlocked', 'breach.write'),
  'breach.notify': op<BreachDetail>()(breachNotifyInput, 'unlocked', 'breach.write'),
  'breach.followUp': op<BreachDetail>()(breachFollowUpInput, 'unlocked', 'breach.write'),
  'breach.attach': op<BreachDetail>()(breachAttachInput, 'unlocked', 'breach.write'),
  'breach.get': op<BreachDetail>()(breachIdInput, 'unlocked', 'breach.read'),
  'breach.list': op<BreachListResult>()(breachListInput, 'unlocked', 'breach.read'),
  'breach.asOf': op<BreachAsOf>()(breachAsOfInput, 'unlocked', 'breach.read'),
  'breach.exportCsv': op<BreachCsv>()(breachFilterSchema, 'unlocked', 'breach.read'),
  'breach.fileGet': op<FileContent>()(breachFileInput, 'unlocked', 'breach.read'),
  'breach.alerts': op<BreachAlert[]>()(empty, 'unlocked', 'breach.read'),
} as const;
