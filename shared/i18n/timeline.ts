/** Writes a timeline event (shared/model/timeline.ts) in a language. */
import { formatDay } from '../dates/format';
import type { TimelineEvent } from '../model/timeline';
import type { Catalog } from './catalog';
import { formatCount } from './locales';
import { embedUserText, showBidiControls } from '../text/bidi';

export function timelineText(event: TimelineEvent, catalog: Catalog, locale: string): string {
  const e = isolated(event);
  const w = catalog.timeline;
  const r = catalog.requests;
  const noted = (text: string, note: string | null) => (note ? w.withNote(text, note) : text);
  switch (e.code) {
    case 'created':
      return w.created(r.channelLabels[e.channel] ?? e.channel, e.mailbox ?? '', formatDay(e.due, { locale }));
    case 'work-started':
      return noted(w.workStarted, e.note);
    case 'identity-verified':
      return noted(w.identityVerified(r.verificationLabels[e.method] ?? e.method, e.by), e.note);
    case 'paused':
      return noted(e.reason === 'identity' ? w.pausedIdentity : w.pausedClarification, e.note);
    case 'resumed':
      return noted(w.resumed, e.note);
    case 'extended':
      return noted(w.extended(e.reasons), e.note);
    case 'responded':
      return noted(w.responded(e.summary), e.note);
    case 'closed':
      return noted(e.art19Recipients > 0 ? w.closedArt19(e.art19Recipients) : w.closed, e.note);
    case 'refused':
      return noted(w.refused(r.refusalGroundLabels[e.ground] ?? e.ground, e.reason), e.note);
    case 'withdrawn':
      return noted(w.withdrawn, e.note);
    case 'marked-duplicate':
      return noted(w.markedDuplicate(e.originalRef), e.note);
    case 'imported-state': {
      const day = (d: string | null) => (d ? formatDay(d, { locale }) : '');
      if (e.status === 'closed') return w.importedClosed(day(e.respondedOn), day(e.closedOn));
      return e.status === 'responded' ? w.importedResponded(day(e.respondedOn)) : w.importedInProgress;
    }
    case 'attachment-added': {
      const base = w.attachmentAdded(e.filename, r.attachmentKindLabels[e.kind] ?? e.kind, w.bytes(formatCount(e.bytes, locale)));
      const withFlag = e.deleteAfterVerification ? `${base}; ${w.deleteAfterVerification}` : base;
      return e.note ? `${withFlag}. ${e.note}` : withFlag;
    }
    case 'attachment-deleted':
      return w.attachmentDeleted(e.filename, e.reason);
    case 'letter-sent':
      return w.letterSent((catalog.letters.templateNames as Record<string, string>)[e.template] ?? e.template, e.filename);
    case 'deadline-recompute-failed':
      return w.deadlineRecomputeFailed(e.newRules, e.problem);
    case 'deadline-recomputed':
      return w.deadlineRecomputed(formatDay(e.oldDue, { locale }), formatDay(e.newDue, { locale }), e.oldRules, e.newRules);
  }
}

/** The source of a created entry ("imported") or an action's name, for the entry's heading line. */
export function timelineActionLabel(action: string, catalog: Catalog): string {
  const actions: Record<string, string> = catalog.requests.actionLabels;
  return catalog.timeline.entryActions[action] ?? actions[action] ?? action;
}

/**
 * User text inside the app's own sentence is isolated, and bidi controls in file names are shown,
 * so a right-to-left override typed into a note or a file name (Trojan Source, CVE-2021-42574)
 * cannot reorder the words around it. Values without such controls are left exactly as typed.
 */
function isolated(e: TimelineEvent): TimelineEvent {
  const out: Record<string, unknown> = { ...e };
  for (const [key, value] of Object.entries(e)) {
    if (typeof value !== 'string' || key === 'code') continue;
    out[key] = key === 'filename' ? showBidiControls(value) : embedUserText(value);
  }
  return out as TimelineEvent;
}

