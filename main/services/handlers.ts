// Operation name → service call. The Handlers type makes a missing entry a compile error, so the
// contract in shared/api.ts and this table cannot drift apart.
import type { Handlers } from '../transport/dispatch';
import { ImportJobs, importWorkerPath } from './requests/import-job';
import { computeDeadline } from '../../shared/deadlines';
import { readSettings, updateSettings } from '../store/settings-repo';
import type { Session } from './session';
import * as vaultService from './vault-service';
import { listAudit, verifyAudit } from './audit-service';
import { backupNow, backups, restoreListedBackup } from './backup-service';
import { checkStore } from './store-check';
import { RequestService } from './requests/service';

export function createHandlers(session: Session): Handlers {
  const requests = () => new RequestService(session.requireStore());
  const importJobs = new ImportJobs();
  return {
    'app.status': () => session.status(),
    'vault.create': (i, ctx) => vaultService.createVault(session, i.passphrase, ctx.actor),
    'vault.unlock': (i, ctx) => vaultService.unlock(session, i, ctx.actor),
    'vault.lock': () => {
      session.lock('manual');
      return session.status();
    },
    'vault.acknowledgeRecovery': (_i, ctx) => vaultService.acknowledgeRecovery(session, ctx.actor),
    'vault.changePassphrase': (i, ctx) => vaultService.changePassphrase(session, i.current, i.next, ctx.actor),
    'vault.resetWithRecovery': (i, ctx) => vaultService.resetWithRecovery(session, i.recoveryCode, i.next, ctx.actor),
    'vault.newRecoveryCode': (i, ctx) => vaultService.newRecoveryCode(session, i.passphrase, ctx.actor),
    'vault.setDeviceUnlock': (i, ctx) => vaultService.setDeviceUnlock(session, i.enabled, ctx.actor),
    'session.activity': () => ({ lockInSeconds: session.touch() }),

    'settings.get': () => readSettings(session.requireStore().db),
    'settings.update': (i, ctx) => updateSettings(session.requireStore(), ctx.actor, i),

    'audit.list': (i) => listAudit(session.requireStore(), i),
    'audit.verify': () => verifyAudit(session.requireStore()),

    'backup.create': (_i, ctx) => backupNow(session, ctx.actor),
    'backup.list': () => backups(session),

    'store.check': () => checkStore(session.requireStore()),
    'backup.listAvailable': () => backups(session),
    'backup.restore': async (i, ctx) => {
      await restoreListedBackup(session, i.file, i.passphrase, ctx.actor);
      return session.status();
    },

    'request.create': (i, ctx) => requests().create(i, ctx.actor),
    'request.list': (i) => requests().list(i),
    'request.get': (i) => requests().detail(i.ref),
    'request.transition': (i, ctx) => requests().transition(i, ctx.actor),
    'request.addNote': (i, ctx) => requests().addNote(i, ctx.actor),
    'request.attach': (i, ctx) => requests().attach(i, ctx.actor),
    'request.attachmentGet': (i) => requests().attachmentGet(i),
    'request.attachmentDelete': (i, ctx) => requests().attachmentDelete(i, ctx.actor),
    'request.art19Recipients': (i) => requests().art19Recipients(i.ref),
    'request.importPreview': (i) => requests().importPreview(i),
    'request.import': (i, ctx) => {
      const worker = session.host === 'cli' || i.dryRun ? null : importWorkerPath();
      return worker ? importJobs.run(session, i, ctx.actor, worker) : requests().import(i, ctx.actor);
    },
    'job.progress': (i) => importJobs.progress(i.id),
    'request.parseEml': (i) => requests().parseEml(i),
    'request.importEml': (i, ctx) => requests().importEml(i, ctx.actor),
    'request.dashboard': () => requests().dashboard(),
    'request.exportCsv': (i) => requests().exportCsv(i),
    'request.dueReminders': (i, ctx) => requests().dueReminders(i.peek, ctx.actor),

    'deadline.compute': (i) => computeDeadline(i),
  };
}
