// `dpo policy …`: privacy policy revisions from scripts. Declarations over the contract's
// operations (opCommand); the CLI reads the file the user names into the input and never calls a
// service. The shapes of add / check / diff --json are fixed because scripts depend on them:
// add → { revision, checklist: [{ item, status, evidence }] }.
import type { Command } from 'commander';
import {
  CHANGE_CLASSES,
  CHECK_STATUSES,
  CHECKLIST_ITEMS,
  MATERIAL_CHANGES,
  NOTICE_CHANNELS,
  POLICY_FORMATS,
  type ChecklistFinding,
  type PolicyDiff,
  type PolicyRevisionDetail,
  type PolicyRevisionSummary,
} from '../../../shared/model/policy';
import { CliUserError } from '../run';
import { opCommand } from '../declare';

function listOf(flag: string, allowed: readonly string[]) {
  return (value: string): string[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    for (const v of items) if (!allowed.includes(v)) throw new CliUserError(`${flag}: "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}.`);
    return items;
  };
}

/** The fixed JSON shape of one finding. */
const finding = (f: ChecklistFinding) => ({ item: f.item, status: f.status, evidence: f.evidence });

/** The revision without its text, sections and checklist (those have their own keys or commands). */
function revisionOf(r: PolicyRevisionDetail): PolicyRevisionSummary & { files: PolicyRevisionDetail['files'] } {
  const { text: _t, sections: _s, checklist: _c, ...rest } = r;
  void _t;
  void _s;
  void _c;
  return rest;
}

function checklistText(checklist: ChecklistFinding[]): string {
  return checklist
    .map((f) => {
      const quote = f.evidence[0] ? `  “${f.evidence[0].length > 100 ? `${f.evidence[0].slice(0, 99)}…` : f.evidence[0]}”` : '';
      return `${f.status.padEnd(8)} ${f.item.padEnd(22)} ${f.article}${f.override ? ' (overridden)' : ''}${quote}`;
    })
    .join('\n');
}

function warningsText(r: PolicyRevisionSummary): string[] {
  return r.warnings.map((w) =>
    w.code === 'notice-missing'
      ? `Warning: a material change with no notice date recorded (customers are to be told ${w.required} days ahead).`
      : `Warning: customers were told ${w.days} day(s) before the change took effect; ${w.required} are required.`,
  );
}

const counted = (c: { present: number; missing: number; unclear: number }) => `${c.present} present, ${c.missing} missing, ${c.unclear} unclear`;

/** Inline view as text: [-deleted-]{+inserted+}, one block per section that changed. */
function diffText(d: PolicyDiff): string {
  const lines = [`Revision ${d.a.number} (${d.a.effectiveDate}) → revision ${d.b.number} (${d.b.effectiveDate})`];
  for (const s of d.sections) {
    const title = s.titleB ?? s.titleA ?? '';
    if (s.change === 'unchanged') continue;
    const mark = { changed: '~', added: '+', removed: '-', moved: '>' }[s.change];
    const where = s.change === 'moved' ? ` (moved from position ${s.positionA! + 1} to ${s.positionB! + 1})` : '';
    lines.push('', `${mark} ${title || '(before the first heading)'}${where}`);
    if (s.change === 'moved' && !s.textChanged) continue;
    lines.push(s.inline.map((p) => (p.op === 'insert' ? `{+${p.text}+}` : p.op === 'delete' ? `[-${p.text}-]` : p.text)).join(''));
  }
  const t = d.totals;
  lines.push('', `${t.wordsInserted} word(s) inserted, ${t.wordsDeleted} deleted; sections: ${t.sectionsChanged} changed, ${t.sectionsAdded} added, ${t.sectionsRemoved} removed, ${t.sectionsMoved} moved.`);
  return lines.join('\n');
}

export function registerPolicyCommands(program: Command): void {
  const policy = program.command('policy').description('Privacy policy revisions: import, Art. 13/14 checklist, differences.');
  const source = { read: 'base64' as const, to: 'source.base64', filenameTo: 'source.filename' };
  const formatFlag = { flags: '--format <format>', description: 'the file format, when its name does not tell', to: 'source.format', choices: POLICY_FORMATS };

  opCommand(policy, {
    command: 'add <file>',
    description: 'Record a revision of the privacy policy from a text, Markdown, HTML, PDF or Word (.docx) file, and score it on the Art. 13/14 checklist.',
    op: 'policy.add',
    args: [source],
    argHelp: ['the policy file'],
    flags: [
      { flags: '--effective <YYYY-MM-DD>', description: 'the day this revision takes effect', to: 'effectiveDate', required: true },
      { flags: '--label <text>', description: 'version label, e.g. "2026-03"', to: 'label' },
      { flags: '--published <YYYY-MM-DD>', description: 'the day it was published', to: 'publishedOn' },
      { flags: '--approved-by <name>', description: 'who approved it', to: 'approvedBy' },
      { flags: '--change <class>', description: 'classification of the change', to: 'change.class', choices: CHANGE_CLASSES },
      { flags: '--material <m1,m2,...>', description: `what makes it material, comma-separated: ${MATERIAL_CHANGES.join(', ')}`, to: 'change.material', parse: listOf('--material', MATERIAL_CHANGES) },
      { flags: '--notice-on <YYYY-MM-DD>', description: 'the day customers were told', to: 'notice.on' },
      { flags: '--notice-how <c1,c2,...>', description: `how they were told, comma-separated: ${NOTICE_CHANNELS.join(', ')}`, to: 'notice.how', parse: listOf('--notice-how', NOTICE_CHANNELS) },
      formatFlag,
    ],
    build: (input) => {
      const change = input.change as { class?: string } | undefined;
      if (change && !change.class) throw new CliUserError('--change: say whether the change is editorial, clarification or material.');
      return input;
    },
    json: { description: 'print { revision, checklist: [{ item, status, evidence }] } as JSON', select: (r) => ({ revision: revisionOf(r), checklist: r.checklist.map(finding) }) },
    human: (r) => [`Recorded revision ${r.number} (${r.id}), effective ${r.effectiveDate}: ${counted(r.counts)}.`, ...warningsText(r), checklistText(r.checklist)].join('\n'),
  });

  opCommand(policy, {
    command: 'check <file>',
    description: 'Score a policy file on the Art. 13/14 checklist without storing it (works without unlocking).',
    op: 'policy.check',
    args: [source],
    argHelp: ['the policy file'],
    flags: [formatFlag],
    json: { description: 'print { format, counts, checklist: [{ item, status, evidence }] } as JSON', select: (r) => ({ format: r.format, counts: r.counts, checklist: r.checklist.map(finding) }) },
    human: (r) => [`${counted(r.counts)}.`, checklistText(r.checklist)].join('\n'),
  });

  opCommand(policy, {
    command: 'diff <rev-a> <rev-b>',
    description: 'Word-level differences between two revisions (by number or id), section by section; moved sections recognised.',
    op: 'policy.diff',
    args: ['a', 'b'],
    argHelp: ['the earlier revision (number or id)', 'the later revision (number or id)'],
    json: { description: 'print { a, b, sections: [{ change, key, titleA, titleB, inline, left, right, … }], totals } as JSON' },
    human: diffText,
  });

  opCommand(policy, {
    command: 'list',
    description: 'Every revision by effective date, with its checklist score and notice warnings.',
    op: 'policy.list',
    json: { description: 'print a JSON array of revisions' },
    human: (rows) =>
      rows.map((r) => `${String(r.number).padStart(3)}  ${r.effectiveDate}  ${(r.label ?? '').padEnd(12)}  ${(r.change?.class ?? '').padEnd(13)}  ${counted(r.counts)}${r.warnings.length ? `  ! ${r.warnings.map((w) => w.code).join(', ')}` : ''}`).join('\n') ||
      'No revisions.',
  });

  opCommand(policy, {
    command: 'override <rev> <item>',
    description: 'Override a checklist finding with a note (recorded in the audit trail); --status auto returns to the rules\' finding.',
    op: 'policy.override',
    args: ['id', 'item'],
    argHelp: ['the revision (number or id)', `the checklist item: ${CHECKLIST_ITEMS.join(', ')}`],
    flags: [
      { flags: '--status <status>', description: 'the finding', to: 'status', choices: [...CHECK_STATUSES, 'auto'], required: true, parse: (v) => (v === 'auto' ? null : v) },
      { flags: '--note <text>', description: 'why (required unless --status auto)', to: 'note' },
      { flags: '--quote <sentence>', description: 'a sentence of the policy that shows the item (repeatable)', to: 'evidence', repeatable: true },
    ],
    json: { description: 'print the revision\'s checklist as JSON', select: (r) => ({ revision: revisionOf(r), checklist: r.checklist.map(finding) }) },
    human: (r) => checklistText(r.checklist),
  });

  opCommand(policy, {
    command: 'recheck <rev>',
    description: "Run the current checklist rules again over a stored revision (after the rules were tuned); overrides stay.",
    op: 'policy.recheck',
    args: ['id'],
    argHelp: ['the revision (number or id)'],
    json: { description: "print the revision's checklist as JSON", select: (r) => ({ revision: revisionOf(r), checklist: r.checklist.map(finding) }) },
    human: (r) => checklistText(r.checklist),
  });

  opCommand(policy, {
    command: 'practices',
    description: 'Recipient kinds in the disclosures register that the policy in force does not name ("practice not disclosed").',
    op: 'policy.practices',
    json: { description: 'print { revision, undisclosed: [{ kind, disclosures, lastDate }] } as JSON' },
    human: (p) =>
      !p.revision
        ? 'No revision is in force yet.'
        : p.undisclosed.length
          ? [`Revision ${p.revision.number} does not name:`, ...p.undisclosed.map((u) => `  ${u.kind}: ${u.disclosures} disclosure(s), last on ${u.lastDate}`)].join('\n')
          : `Revision ${p.revision.number} names every kind of recipient in the disclosures register.`,
  });
}
