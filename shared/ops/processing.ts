// Records of processing activities, GDPR Art. 30 (main/services/processing/; contract notes in its
// CONTRACT.md). `processing.covering` is what the access-response letter reads; `processing.asOf`
// is what the audit pack reads.
import {
  processingAddInput,
  processingAsOfInput,
  processingCoveringInput,
  processingCsvInput,
  processingDeleteInput,
  processingEditInput,
  processingIdInput,
  processingListInput,
  processingReviewedInput,
  type CoveringActivities,
  type ExampleLoaded,
  type ProcessingAsOf,
  type ProcessingCsv,
  type ProcessingDetail,
  type ProcessingListResult,
  type ReviewReminder,
} from '../model/processing';
import { empty, op } from './op';

export const processingOps = {
  'processing.add': op<ProcessingDetail>()(processingAddInput, 'unlocked', 'processing.write'),
  'processing.edit': op<ProcessingDetail>()(processingEditInput, 'unlocked', 'processing.write'),
  'processing.reviewed': op<ProcessingDetail>()(processingReviewedInput, 'unlocked', 'processing.write'),
  'processing.delete': op<ProcessingDetail>()(processingDeleteInput, 'unlocked', 'processing.write'),
  'processing.get': op<ProcessingDetail>()(processingIdInput, 'unlocked', 'processing.read'),
  'processing.list': op<ProcessingListResult>()(processingListInput, 'unlocked', 'processing.read'),
  'processing.asOf': op<ProcessingAsOf>()(processingAsOfInput, 'unlocked', 'processing.read'),
  'processing.covering': op<CoveringActivities>()(processingCoveringInput, 'unlocked', 'processing.read'),
  'processing.reviewDue': op<ReviewReminder[]>()(empty, 'unlocked', 'processing.read'),
  'processing.csv': op<ProcessingCsv>()(processingCsvInput, 'unlocked', 'processing.read'),
  'processing.loadExample': op<ExampleLoaded>()(empty, 'unlocked', 'processing.write'),
} as const;
