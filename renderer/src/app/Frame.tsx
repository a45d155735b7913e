import { NavLink, Route, Routes, useLocation } from 'react-router';
import type { AppStatus } from '../../../shared/model/vault';
import { s } from '../i18n';
import { useCall } from '../bridge/BridgeContext';
import { ErrorBoundary } from './ErrorBoundary';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { NotBuiltPage } from '../features/placeholders/NotBuiltPage';

const NAV = [
  { to: '/', label: s.nav.dashboard, end: true },
  { to: '/requests', label: s.nav.requests },
  { to: '/disclosures', label: s.nav.disclosures },
  { to: '/policies', label: s.nav.policies },
  { to: '/reports', label: s.nav.reports },
  { to: '/audit', label: s.nav.audit },
  { to: '/settings', label: s.nav.settings },
] as const;

export function Frame({ status, onStatus }: { status: AppStatus; onStatus: (s: AppStatus) => void }) {
  const location = useLocation();
  const call = useCall();
  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="frame__header">
        <span className="frame__brand">{s.appName}</span>
        <button type="button" className="button--quiet" onClick={() => void call('vault.lock', {}).then(onStatus)}>
          {s.nav.lockNow}
        </button>
      </header>
      <nav className="frame__nav" aria-label={s.nav.label}>
        <ul>
          {NAV.map((n) => (
            <li key={n.to}>
              <NavLink to={n.to} end={'end' in n ? n.end : false}>
                {n.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="frame__main" tabIndex={-1}>
        {status.recoveryPending && (
          <div className="banner banner--warning" role="status">
            {s.recovery.pendingBanner} <NavLink to="/settings">{s.recovery.pendingAction}</NavLink>
          </div>
        )}
        <ErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/requests" element={<NotBuiltPage title={s.nav.requests} body={s.placeholder.requests} />} />
            <Route path="/disclosures" element={<NotBuiltPage title={s.nav.disclosures} body={s.placeholder.disclosures} />} />
            <Route path="/policies" element={<NotBuiltPage title={s.nav.policies} body={s.placeholder.policies} />} />
            <Route path="/reports" element={<NotBuiltPage title={s.nav.reports} body={s.placeholder.reports} />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/settings" element={<SettingsPage status={status} onStatus={onStatus} />} />
            <Route path="*" element={<DashboardPage />} />
          </Routes>
        </ErrorBoundary>
      </main>
    </div>
  );
}
