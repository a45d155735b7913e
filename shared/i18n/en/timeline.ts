// Words for the request timeline (English). Labels for channels, methods, grounds and kinds come
// from the requests catalog; free text the DPO typed arrives as typed.
export const timeline = {
  created: (channel: string, mailbox: string, due: string) => `Request received by ${channel}${mailbox ? ` (${mailbox})` : ''}; due ${due}`,
  workStarted: 'Work started',
  identityVerified: (method: string, by: string) => `Identity verified (${method}) by ${by}`,
  pausedIdentity: 'Asked the subject to confirm their identity; the clock is stopped (GDPR Art. 12(6))',
  pausedClarification: 'Asked the subject to clarify the request; the clock is stopped (GDPR Recital 63)',
  resumed: 'The subject answered; the clock runs again',
  extended: (reasons: string) => `Extension notice sent with reasons (GDPR Art. 12(3)): ${reasons}`,
  responded: (summary: string) => `Response sent: ${summary}`,
  closed: 'Closed',
  closedArt19: (n: number) => `Closed; Art. 19 recorded for ${n} ${n === 1 ? 'recipient' : 'recipients'}`,
  refused: (ground: string, reason: string) => `Refused (${ground}): ${reason}`,
  withdrawn: 'The subject withdrew the request',
  markedDuplicate: (ref: string) => `Marked as a duplicate of ${ref}`,
  importedInProgress: 'Imported as in progress',
  importedResponded: (on: string) => `Imported as answered on ${on}`,
  importedClosed: (answered: string, closed: string) => `Imported as answered on ${answered} and closed on ${closed}`,
  withNote: (text: string, note: string) => `${text}. Note: ${note}`,
  attachmentAdded: (filename: string, kind: string, size: string) => `Attached ${filename} (${kind}, ${size})`,
  deleteAfterVerification: 'delete after identity is verified',
  attachmentDeleted: (filename: string, reason: string) => `Deleted ${filename}: ${reason}`,
  bytes: (n: string) => `${n} bytes`,
  deadlineRecomputed: (oldDue: string, newDue: string, oldRules: string, newRules: string) =>
    `The binding date moved from ${oldDue} to ${newDue}: the deadline rules changed (${oldRules} → ${newRules}) and now take the earliest defensible reading of the law`,
  // What the entry records when it is not a workflow action: how the request entered the register,
  // or what happened to an attachment.
  deadlineRecomputeFailed: (newRules: string, problem: string) =>
    `The deadline rules changed (${newRules}) but this request could not be recomputed, so its stored dates stay; check them: ${problem}`,
  letterSent: (template: string, filename: string) => `${template} sent (${filename})`,
  entryActions: {
    created: 'recorded',
    imported: 'imported',
    added: 'attachment added',
    deleted: 'file deleted',
    'letter-sent': 'letter sent',
    'deadline-recomputed': 'deadline recomputed',
  } as Record<string, string>,
} as const;
