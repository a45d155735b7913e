// Shown instead of unlock when the database cannot be used as it is (missing, empty, damaged,
// rolled back). The only way forward is a restore (RestoreBackupForm).
import type { AppStatus, DatabaseDamage } from '../../../../shared/model/vault';
import { s } from '../../i18n';
import { RestoreBackupForm } from './RestoreBackupForm';

const t = s.integrity.damaged;

export function DamagedScreen({ damage, onRestored }: { damage: DatabaseDamage; onRestored: (status: AppStatus) => void }) {
  return (
    <div className="center-card center-card--wide" role="main" aria-labelledby="damaged-title">
      <h1 id="damaged-title">{t.title}</h1>
      <p>
        <strong>{t.kinds[damage.kind]}</strong>
      </p>
      <p className="form-error" data-testid="damage-message">
        {damage.message}
      </p>
      <p>{t.intro}</p>
      <RestoreBackupForm onRestored={onRestored} />
    </div>
  );
}
