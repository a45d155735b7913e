import { useQuery } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { DeadlineCalculator } from './DeadlineCalculator';

export function DashboardPage() {
  const [settings, reload] = useQuery('settings.get', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{s.dashboard.title}</h1>
      <EmptyState title={s.dashboard.noRequestsTitle}>
        <p>{s.dashboard.noRequestsBody}</p>
      </EmptyState>
      {settings.state === 'loading' && <Loading />}
      {settings.state === 'error' && <ErrorPanel error={settings.error} onRetry={reload} />}
      {settings.state === 'ready' && <DeadlineCalculator timeZone={settings.data.timeZone} defaultCountry={settings.data.defaultCountry} />}
    </section>
  );
}
