// The request detail the UI and `dpo request show` display: stored fields, the live deadline
// with its explanation, the actions available now, timeline, attachments and Art. 19 records.
import type { Db } from '../../store/database';
import type { Settings } from '../../../shared/model/settings';
import { compareDates } from '../../../shared/dates/iso';
import { ACTIONS, actionLabel, needsArt19, offeredActions } from '../../../shared/model/request-machine';
import type {
  Art19Listing,
  Art19StoredRecord,
  AvailableAction,
  RefusalGround,
  RequestDetail,
  RequestStatus,
  VerificationMethod,
} from '../../../shared/model/request';
import { deadlineFor } from './deadline';
import { filesOf } from '../../store/file-store';
import { requestOwner, toAttachmentInfo } from './attachments';
import { pausesOf, refOfId, stmt, timelineOf, toSummary, parseTypes, type RequestRow } from './repo';
import { machineState } from './transitions';
import type { RecipientSource } from './recipients';

export function art19Listing(db: Db, row: RequestRow, source: RecipientSource): Art19Listing {
  const required = needsArt19(parseTypes(row.types));
  return {
    required,
    recipients: required ? source.recipientsFor(db, { email: row.email_norm, customerId: row.customer_id }) : [],
    sourceNote: required ? source.note : 'GDPR Art. 19 applies only to rectification, erasure and restriction.',
  };
}

export function buildDetail(db: Db, row: RequestRow, settings: Settings, today: string, source: RecipientSource): RequestDetail {
  const pauses = pausesOf(db, row.id);
  const deadline = deadlineFor(
    { regime: row.regime, country: row.country, received: row.received_date, pauses, extensionNoticeSentOn: row.extension_notice_on },
    settings,
    today,
  );
  const state = machineState(row);
  const availableActions: AvailableAction[] = offeredActions(state).map(({ action, disabledReason }) => ({
    action,
    label: actionLabel(action),
    fields: ACTIONS[action].fields,
    disabledReason:
      disabledReason ??
      (action === 'extend' && deadline.extensionNoticeBy && compareDates(today, deadline.extensionNoticeBy) > 0
        ? `The extension notice had to be sent by ${deadline.extensionNoticeBy}; record it only if it was sent by then.`
        : null),
  }));
  const verified = row.verified_on !== null;
  const records = (stmt(db, 'SELECT * FROM request_art19 WHERE request_id = ? ORDER BY recipient_name').all(row.id) as Array<{
    recipient_id: string;
    recipient_name: string;
    outcome: Art19StoredRecord['outcome'];
    notified_on: string | null;
    reason: string | null;
  }>).map((r) => ({ recipientId: r.recipient_id, recipientName: r.recipient_name, outcome: r.outcome, notifiedOn: r.notified_on, reason: r.reason }));
  const dupes = possibleDuplicates(db, row);
  return {
    ...toSummary({ ...row, dup_ref: refOfId(db, row.possible_duplicate_of) }, today),
    requester: {
      name: row.name,
      email: row.email,
      postalAddress: row.postal_address,
      phone: row.phone,
      customerId: row.customer_id,
      relation: row.relation,
      onBehalfOf: row.on_behalf_of,
    },
    mailbox: row.mailbox,
    description: row.description,
    deadline,
    storedRulesVersion: row.rules_version,
    pauses,
    verification: row.verified_on
      ? { method: row.verification_method as VerificationMethod, on: row.verified_on, by: row.verified_by ?? '' }
      : null,
    extension: row.extension_notice_on ? { noticeSentOn: row.extension_notice_on, reasons: row.extension_reasons ?? '' } : null,
    answeredOn: row.answered_on,
    refusal: row.refusal_ground ? { ground: row.refusal_ground as RefusalGround, reason: row.refusal_reason ?? '' } : null,
    duplicateOf: refOfId(db, row.duplicate_of),
    possibleDuplicates: dupes,
    availableActions,
    art19: needsArt19(state.types) ? { listing: art19Listing(db, row, source), records } : null,
    timeline: timelineOf(db, row.id),
    attachments: filesOf(db, requestOwner(row)).map((f) => toAttachmentInfo(f, verified)),
  };
}

function possibleDuplicates(db: Db, row: RequestRow): RequestDetail['possibleDuplicates'] {
  const rows = stmt(
    db,
    // Two index lookups (requests_email, requests_customer) joined by UNION: the equivalent
    // single WHERE with OR could use neither index and scanned the 30-day window of all requests.
    `SELECT ref, received_date, status FROM requests
     WHERE id IN (
         SELECT id FROM requests WHERE @email <> '' AND email_norm = @email
           AND received_date BETWEEN date(@received, '-30 days') AND date(@received, '+30 days')
         UNION
         SELECT id FROM requests WHERE @customer IS NOT NULL AND customer_id = @customer
           AND received_date BETWEEN date(@received, '-30 days') AND date(@received, '+30 days'))
       AND id <> @id
     ORDER BY received_date DESC, id DESC LIMIT 20`,
  ).all({ id: row.id, email: row.email_norm, customer: row.customer_id, received: row.received_date }) as Array<{
    ref: string;
    received_date: string;
    status: RequestStatus;
  }>;
  return rows.map((r) => ({ ref: r.ref, received: r.received_date, status: r.status }));
}
