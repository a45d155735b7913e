// The disclosures register (main/services/disclosures/; contract notes in its CONTRACT.md).
import {
  art19NoticeInput,
  disclosureAddInput,
  disclosureCorrectInput,
  disclosureFileInput,
  disclosureIdInput,
  disclosureListInput,
  disclosureRemindersInput,
  periodInput,
  recipientCorrectInput,
  recipientIdInput,
  subjectQueryInput,
  type DisclosureDetail,
  type DisclosureListResult,
  type DisclosureStats,
  type Recipient,
  type RecipientDetail,
  type SecrecyReminder,
  type StatsCsv,
  type SubjectDisclosures,
} from '../model/disclosure';
import type { FileContent } from '../model/files';
import type { RequestDetail } from '../model/request';
import { empty, op } from './op';

export const disclosureOps = {
  'disclosure.add': op<DisclosureDetail>()(disclosureAddInput, 'unlocked', 'disclosure.write'),
  'disclosure.correct': op<DisclosureDetail>()(disclosureCorrectInput, 'unlocked', 'disclosure.write'),
  'disclosure.get': op<DisclosureDetail>()(disclosureIdInput, 'unlocked', 'disclosure.read'),
  'disclosure.list': op<DisclosureListResult>()(disclosureListInput, 'unlocked', 'disclosure.read'),
  'disclosure.recipients': op<Recipient[]>()(empty, 'unlocked', 'disclosure.read'),
  'disclosure.recipient': op<RecipientDetail>()(recipientIdInput, 'unlocked', 'disclosure.read'),
  'disclosure.correctRecipient': op<RecipientDetail>()(recipientCorrectInput, 'unlocked', 'disclosure.write'),
  'disclosure.forSubject': op<SubjectDisclosures>()(subjectQueryInput, 'unlocked', 'disclosure.read'),
  'disclosure.stats': op<DisclosureStats>()(periodInput, 'unlocked', 'disclosure.read'),
  'disclosure.statsCsv': op<StatsCsv>()(periodInput, 'unlocked', 'disclosure.read'),
  // Writes a closing record on a request (GDPR Art. 19), so it needs both registers' write rights
  // in a team; one DPO has both.
  'disclosure.art19Notice': op<RequestDetail>()(art19NoticeInput, 'unlocked', 'request.write'),
  'disclosure.fileGet': op<FileContent>()(disclosureFileInput, 'unlocked', 'disclosure.read'),
  // Records which reminders were shown (once per disclosure and date), so it writes.
  'disclosure.dueReminders': op<SecrecyReminder[]>()(disclosureRemindersInput, 'unlocked', 'disclosure.write'),
  // The desktop shell's notifications of ended secrecy: records which were shown, so it writes.
  'disclosure.notices': op<SecrecyReminder[]>()(empty, 'unlocked', 'disclosure.write'),
} as const;
