// The recipients directory: every organisation data went to, reused across disclosures. Each
// name opens the list filtered to that recipient (by its public id, never its name, in the URL).
import { useState } from 'react';
import { Link } from 'react-router';
import { useOp } from '../../data/queries';
import { s } from '../../i18n';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { DisclosureNav } from './DisclosureNav';
import { RecipientCorrection } from './RecipientForm';
import './disclosures.css';

const t = s.disclosures;

export function RecipientsPage() {
  const v = t.screens;
  const recipients = useOp('disclosure.recipients', {});
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section aria-labelledby="page-title" className="recipients-page">
      <div className="page-head">
        <h1 id="page-title">{t.recipientsTitle}</h1>
      </div>
      <DisclosureNav />
      {recipients.isPending && <Loading />}
      {recipients.isError && <ErrorPanel error={recipients.error.apiError} onRetry={() => void recipients.refetch()} />}
      {recipients.data?.length === 0 && (
        <EmptyState title={v.noRecipients}>
          <p>{v.noRecipientsHow}</p>
        </EmptyState>
      )}
      {recipients.data && recipients.data.length > 0 && (
        <table className="table" data-testid="recipients-table">
          <caption className="field__hint">{v.recipientsCaption(recipients.data.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{v.name}</th>
              <th scope="col">{t.fields.recipientKind}</th>
              <th scope="col">{t.fields.country}</th>
              <th scope="col">{t.fields.thirdCountry}</th>
              <th scope="col">{t.fields.contact}</th>
              <th scope="col">
                <span className="visually-hidden">{t.correct}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recipients.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/disclosures?recipient=${r.id}`}>
                    <UserText>{r.name}</UserText>
                  </Link>
                </th>
                <td>{t.recipientKinds[r.kind]}</td>
                <td>{r.country ?? '—'}</td>
                <td>{r.thirdCountry ? (r.safeguard ? t.safeguards[r.safeguard] : v.yes) : v.no}</td>
                <td>
                  <UserText>{r.contact ?? '—'}</UserText>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={v.correctRecipientTitle(r.name)}
                    aria-expanded={editing === r.id}
                    onClick={() => {
                      setSaved(null);
                      setEditing(editing === r.id ? null : r.id);
                    }}
                  >
                    {t.correct}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved && (
        <p role="status" className="banner banner--ok">
          {saved}
        </p>
      )}
      {editing && (
        <RecipientCorrection
          id={editing}
          onDone={(done) => {
            setEditing(null);
            if (done) setSaved(v.recipientSaved(done.name, done.version));
          }}
        />
      )}
      <p>
        <Link to="/disclosures/new">{t.newDisclosure}</Link>
      </p>
    </section>
  );
}
