// .eml import: prefill a request from the sender, the date and the body (postal-mime parses
// MIME, encoded words and charsets). The original message is kept as an attachment by the
// caller, so what the subject actually wrote stays on file unchanged.
import PostalMime from 'postal-mime';
import { localDateInZone, localTimeInZone } from '../../../shared/dates/zone';
import type { EmlDraft } from '../../../shared/model/request';
import { RequestInputError } from './errors';
import { suggestRequestTypes } from './type-suggestion';

const MAX_DESCRIPTION = 20_000;

export async function parseEml(bytes: Buffer, timeZone: string, now: Date): Promise<EmlDraft> {
  let mail: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    mail = await PostalMime.parse(bytes);
  } catch {
    throw new RequestInputError({ base64: ['The file could not be read as an e-mail message (.eml).'] });
  }
  const warnings: string[] = [];
  const sender = mail.replyTo?.[0]?.address ? mail.replyTo[0] : mail.from;
  const email = sender?.address?.trim() ?? '';
  if (!email) warnings.push('The message has no sender address; enter the e-mail address by hand.');
  if (mail.replyTo?.[0]?.address && mail.from?.address && mail.replyTo[0].address !== mail.from.address)
    warnings.push('Reply-To differs from From; the Reply-To address was used. Check which one is the subject.');
  let instant = mail.date ? new Date(mail.date) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    warnings.push('The message has no readable Date header; the receipt date is set to today. Correct it if it arrived earlier.');
    instant = now;
  } else if (instant.getTime() > now.getTime()) {
    warnings.push('The Date header is in the future; the receipt date is set to today.');
    instant = now;
  }
  // The mailbox it arrived at: Delivered-To when the server added one, else the first To.
  const mailbox = mail.deliveredTo?.trim() || mail.to?.[0]?.address?.trim() || null;
  let description = (mail.text ?? '').trim();
  if (!description && mail.html) {
    warnings.push('The message has only an HTML body; the text below is stripped of markup.');
    description = mail.html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  }
  const subject = (mail.subject ?? '').trim();
  const body = subject ? `Subject: ${subject}\n\n${description}` : description;
  if (body.length > MAX_DESCRIPTION) warnings.push('The body was shortened for the description; the full message is in the attached original.');
  return {
    name: (sender?.name ?? '').trim() || email.split('@')[0] || '',
    email,
    receivedDate: localDateInZone(instant, timeZone),
    receivedTime: localTimeInZone(instant, timeZone),
    channel: 'email',
    mailbox,
    subject,
    description: body.slice(0, MAX_DESCRIPTION),
    suggestedTypes: suggestRequestTypes(subject, description),
    warnings,
  };
}
