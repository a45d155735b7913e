// What changed between any two revisions, section by section: side by side or inline, word-level
// insertions and deletions marked by underline and strike-through (and named for screen readers),
// not by colour alone; sections moved, added, removed or renamed are labelled as such.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DiffPart, PolicyRevisionSummary, SectionDiff } from '../../../../shared/model/policy';
import { sectionKey } from '../../../../shared/policy/sections';
import { useOp } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import '../requests/requests.css';
import './policy.css';

type View = 'side' | 'inline';

export function PolicyDiffPage() {
  const t = s.policy;
  const list = useOp('policy.list', {});
  const [params, setParams] = useSearchParams();
  // The view is this screen's own state: a router navigation is deferred (a transition), and a
  // radio button must show its new state at once.
  const [view, setView] = useState<View>(params.get('view') === 'inline' ? 'inline' : 'side');
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorPanel error={list.error.apiError} onRetry={() => void list.refetch()} />;
  const revisions = list.data;
  // By default the two latest revisions: what changed last.
  const a = params.get('a') ?? revisions[revisions.length - 2]?.id ?? '';
  const b = params.get('b') ?? revisions[revisions.length - 1]?.id ?? '';
  const set = (patch: { a?: string; b?: string }) => setParams({ a, b, ...patch }, { replace: true });
  return (
    <section aria-labelledby="page-title" className="policy-page policy-diff-page page--wide">
      <p>
        <Link to="/policies">← {t.back}</Link>
      </p>
      <h1 id="page-title">{t.diff.title}</h1>
      {revisions.length < 2 ? (
        <EmptyState title={t.diff.needTwo} />
      ) : (
        <>
          <div className="filter-bar policy-diff-controls">
            <RevisionSelect id="diff-a" label={t.diff.older} value={a} revisions={revisions} onChange={(v) => set({ a: v })} />
            <RevisionSelect id="diff-b" label={t.diff.newer} value={b} revisions={revisions} onChange={(v) => set({ b: v })} />
            <fieldset className="policy-view-toggle">
              <legend>{t.diff.viewLabel}</legend>
              <label className="checkbox">
                <input type="radio" name="diff-view" checked={view === 'side'} onChange={() => setView('side')} /> {t.diff.sideBySide}
              </label>
              <label className="checkbox">
                <input type="radio" name="diff-view" checked={view === 'inline'} onChange={() => setView('inline')} /> {t.diff.inline}
              </label>
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" checked={showUnchanged} onChange={(ev) => setShowUnchanged(ev.target.checked)} /> {t.diff.showUnchanged}
            </label>
          </div>
          {a === b ? <p className="field__hint">{t.diff.same}</p> : <DiffResult a={a} b={b} view={view} showUnchanged={showUnchanged} />}
        </>
      )}
    </section>
  );
}

function RevisionSelect({ id, label, value, revisions, onChange }: { id: string; label: string; value: string; revisions: PolicyRevisionSummary[]; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(ev) => onChange(ev.target.value)}>
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {s.policy.revisionTitle(r.number, r.label)} ({formatDay(r.effectiveDate)})
          </option>
        ))}
      </select>
    </div>
  );
}

function DiffResult({ a, b, view, showUnchanged }: { a: string; b: string; view: View; showUnchanged: boolean }) {
  const t = s.policy.diff;
  const diff = useOp('policy.diff', { a, b });
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <ErrorPanel error={diff.error.apiError} onRetry={() => void diff.refetch()} />;
  const d = diff.data;
  const shown = d.sections.filter((sec) => showUnchanged || sec.change !== 'unchanged');
  const hidden = d.sections.length - shown.length;
  return (
    <div data-testid="policy-diff">
      <p className="policy-diff-totals">
        <span>{t.totals(d.totals.wordsInserted, d.totals.wordsDeleted)}</span>
        <span>{t.sectionTotals(d.totals.sectionsAdded, d.totals.sectionsRemoved, d.totals.sectionsMoved, d.totals.sectionsChanged)}</span>
      </p>
      <p className="field__hint">{t.legend}</p>
      {hidden > 0 && <p className="field__hint">{t.unchangedHidden(hidden)}</p>}
      {shown.map((sec, i) => (
        <SectionView key={`${sec.key}-${i}`} sec={sec} view={view} a={d.a} b={d.b} />
      ))}
    </div>
  );
}

const CHANGE_CLASS: Record<SectionDiff['change'], string> = { unchanged: 'badge--muted', changed: 'badge--info', added: 'badge--ok', removed: 'badge--danger', moved: 'badge--warning' };

function SectionView({ sec, view, a, b }: { sec: SectionDiff; view: View; a: { number: number; label: string | null }; b: { number: number; label: string | null } }) {
  const t = s.policy.diff;
  const title = sec.titleB ?? sec.titleA ?? '';
  // Renumbering alone ("3. Your rights" → "4. Your rights") is no new title.
  const renamed = sec.titleA !== null && sec.titleB !== null && sectionKey(sec.titleA) !== sectionKey(sec.titleB);
  return (
    <section className="card policy-diff-section" data-change={sec.change}>
      <h2 className="policy-diff-section__title">
        {title ? <UserText>{title}</UserText> : s.policy.view.untitled}
        <span className={`badge ${CHANGE_CLASS[sec.change]}`}>{s.policyCodes.sectionChanges[sec.change]}</span>
        {sec.change === 'moved' && sec.textChanged && <span className="badge badge--info">{s.policyCodes.sectionChanges.changed}</span>}
      </h2>
      {sec.change === 'moved' && <p className="field__hint">{t.movedFrom((sec.positionA ?? 0) + 1, (sec.positionB ?? 0) + 1)}</p>}
      {renamed && (
        <p className="field__hint">
          {t.renamedFrom}{' '}
          <UserText>{sec.titleA}</UserText>
        </p>
      )}
      {view === 'inline' ? (
        <Parts parts={sec.inline} />
      ) : (
        <div className="policy-diff-columns">
          <div>
            <h3 className="policy-diff-columns__head">{s.policy.revisionTitle(a.number, a.label)}</h3>
            <Parts parts={sec.left} />
          </div>
          <div>
            <h3 className="policy-diff-columns__head">{s.policy.revisionTitle(b.number, b.label)}</h3>
            <Parts parts={sec.right} />
          </div>
        </div>
      )}
    </section>
  );
}

/** One run of parts as text, line breaks kept; insertions and deletions named for screen readers. */
function Parts({ parts }: { parts: DiffPart[] }) {
  const t = s.policy.diff;
  if (!parts.some((p) => p.text.trim())) return <p className="field__hint">{t.noText}</p>;
  return (
    <div className="policy-diff-text">
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <UserText key={i}>{p.text}</UserText>
        ) : p.op === 'insert' ? (
          <ins key={i}>
            <span className="visually-hidden">[{t.inserted} </span>
            <UserText>{p.text}</UserText>
            <span className="visually-hidden"> ({t.endInserted})]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[{t.deleted} </span>
            <UserText>{p.text}</UserText>
            <span className="visually-hidden"> ({t.endDeleted})]</span>
          </del>
        ),
      )}
    </div>
  );
}
