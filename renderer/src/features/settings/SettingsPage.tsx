import type { AppStatus } from '../../../../shared/model/vault';
import { useQuery } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { ErrorPanel, Loading } from '../../ui/Panels';
import { BackupSettings } from './BackupSettings';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { RetentionRules } from './RetentionRules';
import { SecuritySettings } from './SecuritySettings';

export function SettingsPage({
  status,
  onStatus,
  onRestored,
  onSettingsSaved,
}: {
  status: AppStatus;
  onStatus: (s: AppStatus) => void;
  onRestored: (s: AppStatus) => void;
  onSettingsSaved: () => void;
}) {
  const [settings, reload] = useQuery('settings.get', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{s.settings.title}</h1>
      {settings.state === 'loading' && <Loading />}
      {settings.state === 'error' && <ErrorPanel error={settings.error} onRetry={reload} />}
      {settings.state === 'ready' && (
        <>
          <GeneralSettingsForm
            settings={settings.data}
            onSaved={() => {
              reload();
              onSettingsSaved();
            }}
          />
          <SecuritySettings status={status} onStatus={onStatus} />
          <RetentionRules rules={settings.data.retention} />
          <BackupSettings dataDir={status.dataDir} timeZone={settings.data.timeZone} onRestored={onRestored} />
        </>
      )}
    </section>
  );
}
