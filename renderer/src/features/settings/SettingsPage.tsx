import type { AppStatus } from '../../../../shared/model/vault';
import { useSettings } from '../../data/queries';
import { s } from '../../i18n';
import { ErrorPanel, Loading } from '../../ui/Panels';
import { BackupSettings } from './BackupSettings';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { OrgProfileSettings } from './OrgProfileSettings';
import { LetterTemplates } from '../letters/LetterTemplates';
import { CalendarSettings } from './CalendarSettings';
import { RetentionRules } from './RetentionRules';
import { SecuritySettings } from './SecuritySettings';

export function SettingsPage({
  status,
  onStatus,
  onRestored,
}: {
  status: AppStatus;
  onStatus: (s: AppStatus) => void;
  onRestored: (s: AppStatus) => void;
}) {
  // The same cached settings the frame reads; saving them invalidates both at once.
  const settings = useSettings();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{s.settings.title}</h1>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <>
          <GeneralSettingsForm settings={settings.data} />
          <OrgProfileSettings settings={settings.data} />
          <LetterTemplates />
          <CalendarSettings settings={settings.data} />
          <SecuritySettings status={status} onStatus={onStatus} />
          <RetentionRules rules={settings.data.retention} />
          <BackupSettings dataDir={status.dataDir} timeZone={settings.data.timeZone} onRestored={onRestored} />
        </>
      )}
    </section>
  );
}
