// The policy revisions capability's entry point: one object per call over the unlocked store.
// Text extraction (async, in memory) happens before the transaction; every write is one
// transaction with its audit event.
import type { z } from 'zod';
import type { Store } from '../../store/store';
import { readSettings } from '../../store/settings-repo';
import { readFile } from '../../store/file-store';
import type { FileContent } from '../../../shared/model/files';
import type {
  PolicyAdd,
  PolicyDiff,
  PolicyOverride,
  PolicyPractices,
  PolicyRevisionDetail,
  PolicyRevisionSummary,
  PolicyUpdate,
  policyFileInput,
} from '../../../shared/model/policy';
import { splitSections } from '../../../shared/policy/sections';
import { diffSections } from '../../../shared/policy/diff';
import { todayIn } from '../requests/today';
import { addRevision, checkMetaDates, overrideFinding, recheckChanges, updateRevision, writeRecheck } from './record';
import { runChecklist } from '../../../shared/policy/checklist';
import { allRevisions, requireRevision, revisionOwner, toDetail, toSummary } from './repo';
import { undisclosedPractices } from './practices';
import { readPolicy } from './check';

export class PolicyService {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    options: { clock?: () => Date } = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  private noticeDays(): number {
    return readSettings(this.store.db).policyNoticeDays;
  }

  get(ref: string): PolicyRevisionDetail {
    return toDetail(this.store.db, requireRevision(this.store.db, ref), this.noticeDays());
  }

  async add(input: PolicyAdd, actor: string): Promise<PolicyRevisionDetail> {
    checkMetaDates(input);
    const imported = await readPolicy(input.source);
    const { publicId } = this.store.tx(actor, 'policy.add', (t) => addRevision(t, input, imported, actor));
    return this.get(publicId);
  }

  update(input: PolicyUpdate, actor: string): PolicyRevisionDetail {
    checkMetaDates(input);
    this.store.tx(actor, 'policy.update', (t) => updateRevision(t, input));
    return this.get(input.id);
  }

  override(input: PolicyOverride, actor: string): PolicyRevisionDetail {
    this.store.tx(actor, 'policy.override', (t) => overrideFinding(t, input, actor));
    return this.get(input.id);
  }

  /**
   * The stored findings are what the rules said when the revision was recorded; after the rules
   * are tuned, this records what they say now (overrides stay). Nothing differs: nothing is written.
   */
  recheck(ref: string, actor: string): PolicyRevisionDetail {
    const row = requireRevision(this.store.db, ref);
    const changes = recheckChanges(this.store.db, row.id, runChecklist(row.text));
    if (changes.length) this.store.tx(actor, 'policy.recheck', (t) => writeRecheck(t, row, changes));
    return this.get(row.public_id);
  }

  list(): PolicyRevisionSummary[] {
    const days = this.noticeDays();
    return allRevisions(this.store.db).map((r) => toSummary(this.store.db, r, days));
  }

  diff(a: string, b: string): PolicyDiff {
    const ra = requireRevision(this.store.db, a);
    const rb = requireRevision(this.store.db, b);
    const head = (r: typeof ra) => ({ id: r.public_id, number: r.number, label: r.label, effectiveDate: r.effective_date });
    return { a: head(ra), b: head(rb), ...diffSections(splitSections(ra.text), splitSections(rb.text)) };
  }

  practices(): PolicyPractices {
    return undisclosedPractices(this.store.db, todayIn(this.clock(), readSettings(this.store.db).timeZone));
  }

  fileGet(input: z.output<typeof policyFileInput>): FileContent {
    return readFile(this.store.db, revisionOwner(requireRevision(this.store.db, input.id)), input.fileId);
  }
}

