import { deadlineQuerySchema, type DeadlineResult } from '../deadlines';
import { op } from './op';

export const deadlineOps = {
  // Pure, so also available while locked (the CLI's `dpo deadline` needs no vault).
  'deadline.compute': op<DeadlineResult>()(deadlineQuerySchema, 'public', 'deadline.compute'),
} as const;
