// One policy revision: its dates and change classification, its text by section, and the
// Art. 13/14 checklist beside it. Choosing a checklist item marks its evidence sentences in the
// text and scrolls to the first; a finding can be overridden with a note (recorded with who and
// when); the original file can be saved; kinds of recipient the disclosures register shows and the
// policy in force does not name are listed as "practice not disclosed".
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ChecklistFinding, ChecklistItem, PolicyRevisionDetail, PolicySection } from '../../../../shared/model/policy';
import { useOp, useOpMutation } from '../../data/queries';
import { formatDay, formatInstant, s } from '../../i18n';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { FileName, UserText } from '../../ui/UserText';
import { base64ToBytes, downloadBytes } from '../../ui/download';
import { ChangeBadges, NoticeLine, StatusBadge } from './labels';
import { Practices } from './Practices';
import { OverrideForm } from './OverrideForm';
import { evidenceNotFound, markEvidence } from './evidence';
import { POLICY_READS } from './reads';
import '../requests/requests.css';
import './policy.css';

export function PolicyRevisionPage({ today, timeZone }: { today: string; timeZone: string }) {
  const { id = '' } = useParams();
  const loaded = useOp('policy.get', { id });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  return <RevisionView key={loaded.data.id} r={loaded.data} today={today} timeZone={timeZone} />;
}

function RevisionView({ r, today, timeZone }: { r: PolicyRevisionDetail; today: string; timeZone: string }) {
  const t = s.policy;
  const practices = useOp('policy.practices', {});
  const recheck = useOpMutation('policy.recheck', { invalidates: POLICY_READS });
  // The revision before this one on the timeline (by effective date), to compare with.
  const list = useOp('policy.list', {});
  const at = list.data?.findIndex((x) => x.id === r.id) ?? -1;
  const previous = at > 0 ? list.data![at - 1]! : null;
  const [selected, setSelected] = useState<ChecklistItem | null>(null);
  const finding = r.checklist.find((f) => f.item === selected) ?? null;
  const evidence = finding?.evidence ?? [];
  const textRef = useRef<HTMLDivElement>(null);
  // The first marked sentence is brought into view. Focus stays on the checklist, so a keyboard
  // user can go on to the next item; the panel announces how many sentences were marked and lists
  // them under the item, which is where a screen reader is.
  useEffect(() => {
    if (!selected) return;
    textRef.current?.querySelector<HTMLElement>('mark[data-evidence]')?.scrollIntoView({ block: 'center' });
  }, [selected, evidence.length]);
  const lines = r.sections.flatMap((sec) => sec.text.split('\n'));
  const marked = evidence.length - evidenceNotFound(lines, evidence).length;
  return (
    <section aria-labelledby="page-title" className="policy-page page--wide">
      <p>
        <Link to="/policies">← {t.back}</Link>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          <UserText>{t.revisionTitle(r.number, r.label)}</UserText>
        </h1>
        <div className="page-head__actions">
          {previous && (
            <Link className="button" to={`/policies/diff?a=${previous.id}&b=${r.id}`}>
              {t.timeline.compareWithPrevious}
            </Link>
          )}
          <Link className="button" to={`/policies/${r.id}/edit`}>
            {t.view.edit}
          </Link>
          <button type="button" onClick={() => recheck.mutate({ id: r.id })} disabled={recheck.isPending}>
            {t.view.recheck}
          </button>
        </div>
      </div>
      <FormError message={recheck.error?.message} />
      {recheck.isSuccess && (
        <p role="status" className="saved-note">
          {t.view.rechecked}
        </p>
      )}
      <section className="card" aria-labelledby="meta-title">
        <h2 id="meta-title">{t.view.metaTitle}</h2>
        <dl className="kv">
          <dt>{t.fields.effectiveDate}</dt>
          <dd>{formatDay(r.effectiveDate, { today })}</dd>
          {r.publishedOn && (
            <>
              <dt>{t.fields.publishedOn}</dt>
              <dd>{formatDay(r.publishedOn)}</dd>
            </>
          )}
          {r.approvedBy && (
            <>
              <dt>{t.fields.approvedBy}</dt>
              <dd>
                <UserText>{r.approvedBy}</UserText>
              </dd>
            </>
          )}
          <dt>{t.fields.changeClass}</dt>
          <dd>
            <ChangeBadges change={r.change} />
          </dd>
          <dt>{t.form.noticeTitle}</dt>
          <dd>
            <NoticeLine r={r} />
            {r.notice?.note && (
              <span className="pre policy-notice-note">
                <UserText>{r.notice.note}</UserText>
              </span>
            )}
          </dd>
          <dt>{t.fields.format}</dt>
          <dd>{s.policyCodes.formats[r.format]}</dd>
        </dl>
        <Files r={r} />
      </section>
      {practices.data &&
        (practices.data.revision?.id === r.id ? (
          <Practices practices={practices.data} />
        ) : (
          practices.data.undisclosed.length > 0 && <p className="field__hint">{t.view.practicesOtherRevision}</p>
        ))}
      <div className="policy-grid">
        <section className="card policy-text" aria-labelledby="text-title">
          <h2 id="text-title">{t.view.sectionsTitle}</h2>
          <div ref={textRef} data-testid="policy-text">
            {r.sections.map((sec, i) => (
              <Section key={`${sec.key}-${i}`} sec={sec} evidence={evidence} />
            ))}
          </div>
        </section>
        <Checklist r={r} lines={lines} timeZone={timeZone} selected={selected} onSelect={(item) => setSelected(item === selected ? null : item)} marked={marked} />
      </div>
    </section>
  );
}

function Section({ sec, evidence }: { sec: PolicySection; evidence: readonly string[] }) {
  const Heading = sec.level >= 2 ? 'h4' : 'h3';
  return (
    <section className="policy-section">
      {sec.title && (
        <Heading>
          <UserText>{sec.title}</UserText>
        </Heading>
      )}
      {sec.text
        .split('\n')
        .filter((l) => l.trim())
        .map((line, i) => (
          <p key={i}>
            {markEvidence(line, evidence).map((run, j) =>
              run.evidence === null ? (
                <UserText key={j}>{run.text}</UserText>
              ) : (
                <mark key={j} data-evidence={run.evidence}>
                  <UserText>{run.text}</UserText>
                </mark>
              ),
            )}
          </p>
        ))}
    </section>
  );
}

function Checklist({
  r,
  lines,
  timeZone,
  selected,
  onSelect,
  marked,
}: {
  r: PolicyRevisionDetail;
  lines: string[];
  timeZone: string;
  selected: ChecklistItem | null;
  onSelect: (item: ChecklistItem) => void;
  marked: number;
}) {
  const t = s.policy.view;
  return (
    <section className="card policy-checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t.checklistTitle}</h2>
      <p className="field__hint">{t.checklistHint}</p>
      <p className="field__hint" data-testid="checklist-counts">
        {s.policy.timeline.checklistSummary(r.counts.present, r.counts.missing, r.counts.unclear)}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected ? t.highlighted(marked) : ''}
      </p>
      <ol className="policy-checklist__items" data-testid="checklist">
        {r.checklist.map((f) => (
          <Finding key={f.item} r={r} f={f} lines={lines} timeZone={timeZone} open={f.item === selected} onSelect={() => onSelect(f.item)} />
        ))}
      </ol>
    </section>
  );
}

function Finding({
  r,
  f,
  lines,
  timeZone,
  open,
  onSelect,
}: {
  r: PolicyRevisionDetail;
  f: ChecklistFinding;
  lines: string[];
  timeZone: string;
  open: boolean;
  onSelect: () => void;
}) {
  const t = s.policy.view;
  const c = s.policyCodes;
  const [overriding, setOverriding] = useState(false);
  const panelId = `finding-${f.item}`;
  // A quote the DPO gave across a line break occurs in the text but cannot be marked on one line.
  const unmarked = open ? evidenceNotFound(lines, f.evidence) : [];
  return (
    <li className={`policy-finding${open ? ' policy-finding--open' : ''}`} data-item={f.item}>
      <button type="button" className="policy-finding__toggle" aria-expanded={open} aria-controls={panelId} onClick={onSelect}>
        <span className="policy-finding__name">{c.items[f.item]}</span>
        <StatusBadge status={f.status} />
        {f.override && <span className="badge badge--muted">{c.overridden}</span>}
      </button>
      <span className="policy-finding__article">{f.article}</span>
      {open && (
        <div id={panelId} className="policy-finding__detail">
          <h3 className="policy-finding__sub">{t.evidenceTitle}</h3>
          {f.evidence.length === 0 ? (
            <p className="field__hint">{c.noEvidence}</p>
          ) : (
            <ul className="policy-evidence">
              {f.evidence.map((e, i) => (
                <li key={i}>
                  <q>
                    <UserText>{e}</UserText>
                  </q>
                  {unmarked.includes(e) && <span className="field__hint"> {t.notInText}</span>}
                </li>
              ))}
            </ul>
          )}
          {f.override && (
            <div className="policy-override" data-testid="override-record">
              <p>
                <strong>{t.overriddenBy(f.override.by, formatInstant(f.override.at, timeZone))}</strong>
              </p>
              {f.override.note && (
                <p className="pre">
                  <UserText>{f.override.note}</UserText>
                </p>
              )}
              <p className="field__hint">
                {t.automatic}: {c.statuses[f.auto.status]}
              </p>
            </div>
          )}
          {overriding ? (
            <OverrideForm r={r} f={f} onDone={() => setOverriding(false)} />
          ) : (
            <button type="button" className="button--small" onClick={() => setOverriding(true)}>
              {t.override}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The original file, inside the encrypted database; "Save a copy" takes one out. */
function Files({ r }: { r: PolicyRevisionDetail }) {
  const t = s.policy.view;
  const save = useOpMutation('policy.fileGet', { onSuccess: (c) => downloadBytes(c.filename, base64ToBytes(c.base64), c.mimeType) });
  return (
    <div className="policy-files">
      <h3>{t.filesTitle}</h3>
      <FormError message={save.error?.message} />
      {r.files.length === 0 ? (
        <p className="field__hint">{t.noFiles}</p>
      ) : (
        <ul className="attachments">
          {r.files.map((f) => (
            <li key={f.publicId}>
              <strong>
                <FileName name={f.filename} />
              </strong>{' '}
              <span className="field__hint">({Math.ceil(f.sizeBytes / 1024)} KB)</span>{' '}
              <button type="button" className="button--small" aria-label={t.saveFile(f.filename)} onClick={() => save.mutate({ id: r.id, fileId: f.id })}>
                {t.save}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
