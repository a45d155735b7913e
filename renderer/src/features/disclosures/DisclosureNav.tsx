// The register's three views side by side: the list, the recipients directory, the statistics.
import { NavLink } from 'react-router';
import { s } from '../../i18n';

export function DisclosureNav() {
  const v = s.disclosures.screens;
  return (
    <nav className="disclosure-tabs" aria-label={v.tabsLabel}>
      <NavLink to="/disclosures" end>
        {s.disclosures.listTitle}
      </NavLink>
      <NavLink to="/disclosures/recipients">{s.disclosures.recipientsTitle}</NavLink>
      <NavLink to="/disclosures/stats">{s.disclosures.stats.title}</NavLink>
    </nav>
  );
}
