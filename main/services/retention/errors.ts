import { ValidationError } from '../../../shared/errors';

export class RetentionHoldInPastError extends ValidationError {
  constructor(until: string, today: string) {
    super({ until: [`The hold must end today or later (${until} is before ${today}).`] });
  }
}
