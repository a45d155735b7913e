// Disclosures whose secrecy has ended (the "not until" date passed): the subject may now be told,
// so the DPO is reminded where the deadline summary shows (the dashboard) and on the disclosures
// list. Read each time the page opens, peeked only; "mark all as seen" tells the core they were
// seen (once per disclosure and date).
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { opKey, useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';

const PEEK = { peek: true } as const;

export function SecrecyReminders() {
  const v = s.disclosures.screens;
  const client = useQueryClient();
  const peek = useOp('disclosure.dueReminders', PEEK);
  const markSeen = useOpMutation('disclosure.dueReminders', { invalidates: ['disclosure.dueReminders'] });
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const visible = (peek.data ?? []).filter((r) => !hidden.has(r.id));
  if (visible.length === 0) return null;
  return (
    <section className="banner banner--warning insights-reminders" aria-label={v.remindersLabel} role="region" data-testid="secrecy-reminders">
      <div className="insights-reminders__head">
        <strong>{v.remindersTitle}</strong>
        <button
          type="button"
          className="button--quiet button--small"
          onClick={() => {
            client.setQueryData(opKey('disclosure.dueReminders', PEEK), []);
            markSeen.mutate({});
          }}
        >
          {v.markAllSeen}
        </button>
      </div>
      <ul>
        {visible.map((r) => (
          <li key={r.id} className="insights-reminder">
            <Link to={`/disclosures/${r.id}`}>{s.disclosures.reminders.secrecyEnded(r.ref, formatDay(r.until))}</Link>
            <button type="button" className="button--quiet button--small" aria-label={v.hideOne(r.ref)} onClick={() => setHidden((cur) => new Set([...cur, r.id]))}>
              {v.hide}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
