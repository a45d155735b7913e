import { useEffect } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import type { AppStatus } from '../../../shared/model/vault';
import { s } from '../i18n';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCall } from '../bridge/BridgeContext';
import { ErrorBoundary } from './ErrorBoundary';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { NewRequestPage } from '../features/requests/NewRequestPage';
import { RequestPage } from '../features/requests/RequestPage';
import { useSettings } from '../data/queries';
import { todayInZone } from '../../../shared/dates';
import { ErrorPanel, Loading } from '../ui/Panels';
import { ImportPage } from '../features/requests-import/ImportPage';
import { DisclosuresPage } from '../features/disclosures/DisclosuresPage';
import { DisclosurePage } from '../features/disclosures/DisclosurePage';
import { CorrectDisclosurePage, NewDisclosurePage } from '../features/disclosures/DisclosureForm';
import { RecipientsPage } from '../features/disclosures/RecipientsPage';
import { StatsPage } from '../features/disclosures/StatsPage';
import { ProcessingListPage } from '../features/processing/ProcessingListPage';
import { ProcessingPage } from '../features/processing/ProcessingPage';
import { EditProcessingPage, NewProcessingPage } from '../features/processing/ProcessingForm';
import { BreachesPage } from '../features/breaches/BreachesPage';
import { BreachPage } from '../features/breaches/BreachPage';
import { CorrectBreachPage, NewBreachPage } from '../features/breaches/BreachForm';
import { PolicyTimelinePage } from '../features/policy/PolicyTimelinePage';
import { EditPolicyRevisionPage, PolicyImportPage } from '../features/policy/PolicyImportPage';
import { PolicyRevisionPage } from '../features/policy/PolicyRevisionPage';
import { PolicyDiffPage } from '../features/policy/PolicyDiffPage';
import { PurgePage } from '../features/retention/PurgePage';
import { ReportsPage } from '../features/reports/ReportsPage';

// Labels are looked up while rendering (s.nav[item]), in the chosen language.
const NAV = [
  { to: '/', item: 'dashboard', end: true },
  { to: '/requests', item: 'requests' },
  { to: '/disclosures', item: 'disclosures' },
  { to: '/processing', item: 'processing' },
  { to: '/breaches', item: 'breaches' },
  { to: '/policies', item: 'policies' },
  { to: '/reports', item: 'reports' },
  { to: '/audit', item: 'audit' },
  { to: '/settings', item: 'settings' },
] as const;

export function Frame({
  status,
  onStatus,
  onRestored,
}: {
  status: AppStatus;
  onStatus: (s: AppStatus) => void;
  /** A backup was restored: the store was reopened, so every screen reloads. */
  onRestored: (s: AppStatus) => void;
}) {
  const location = useLocation();
  const call = useCall();
  // Settings (time zone, defaults) are needed by most screens; loaded once per unlock.
  const settings = useSettings();
  const today = settings.data ? todayInZone(settings.data.timeZone) : null;
  // The language chosen in Settings applies as soon as the settings are read (and after saving).
  const { setLanguage } = useLanguage();
  const language = settings.data?.language ?? null;
  useEffect(() => {
    if (language) setLanguage(language);
  }, [language, setLanguage]);
  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {s.nav.skipToContent}
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
                {s.nav[n.item]}
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
        {settings.isPending && <Loading />}
        {settings.isError && <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />}
        {settings.data && today && (
        <ErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/requests" element={<RequestsPage today={today} />} />
            <Route path="/requests/new" element={<NewRequestPage settings={settings.data} today={today} />} />
            <Route path="/requests/:ref" element={<RequestPage today={today} timeZone={settings.data.timeZone} />} />
            <Route path="/disclosures" element={<DisclosuresPage today={today} />} />
            <Route path="/disclosures/new" element={<NewDisclosurePage today={today} />} />
            <Route path="/disclosures/recipients" element={<RecipientsPage />} />
            <Route path="/disclosures/stats" element={<StatsPage />} />
            <Route path="/disclosures/:id" element={<DisclosurePage today={today} />} />
            <Route path="/disclosures/:id/correct" element={<CorrectDisclosurePage />} />
            <Route path="/processing" element={<ProcessingListPage today={today} />} />
            <Route path="/processing/new" element={<NewProcessingPage />} />
            <Route path="/processing/:id" element={<ProcessingPage today={today} />} />
            <Route path="/processing/:id/edit" element={<EditProcessingPage />} />
            <Route path="/breaches" element={<BreachesPage />} />
            <Route path="/breaches/new" element={<NewBreachPage />} />
            <Route path="/breaches/:id" element={<BreachPage today={today} />} />
            <Route path="/breaches/:id/correct" element={<CorrectBreachPage />} />
            <Route path="/policies" element={<PolicyTimelinePage today={today} />} />
            <Route path="/policies/new" element={<PolicyImportPage today={today} />} />
            <Route path="/policies/diff" element={<PolicyDiffPage />} />
            <Route path="/policies/:id" element={<PolicyRevisionPage today={today} timeZone={settings.data.timeZone} />} />
            <Route path="/policies/:id/edit" element={<EditPolicyRevisionPage />} />
            <Route path="/reports" element={<ReportsPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/retention" element={<PurgePage />} />
            <Route path="/settings" element={<SettingsPage status={status} onStatus={onStatus} onRestored={onRestored} />} />
            <Route path="*" element={<DashboardPage />} />
          </Routes>
        </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
