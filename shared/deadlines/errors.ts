import { formatDay } from '../dates/format';
import type { IsoDate } from '../dates/iso';
import { WorkbenchError } from '../errors';

/**
 * An extension (or Swiss deferral) notice recorded after the date by which the law required it.
 * GDPR Art. 12(3): the subject must be informed of an extension "within one month of receipt";
 * CCPA §7021(b): within the first 45 days; FADO Art. 18: within the 30 days. A late notice does
 * not extend anything, so we refuse it instead of computing a deadline the law does not give.
 */
export class ExtensionTooLateError extends WorkbenchError {
  readonly reason = 'EXTENSION_TOO_LATE' as const;
  constructor(
    readonly extensionNoticeSentOn: IsoDate,
    readonly extensionNoticeBy: IsoDate,
    readonly citation: string,
  ) {
    const detail = `notice sent on ${formatDay(extensionNoticeSentOn)} is too late; it had to be sent by ${formatDay(extensionNoticeBy)} (${citation})`;
    super('VALIDATION', `extensionNoticeSentOn: ${detail}`, { extensionNoticeSentOn: [detail] });
  }
}
