// Saving a stored report to a file the user named (the CLI's --out): its pieces are copied from
// the encrypted database straight into the file (all or nothing, output-file.ts), never held
// whole. Taking a copy out is recorded: which report, its hash, not the path (it may name a person).
import { streamFile } from '../../store/file-store';
import { writeOutputFile } from '../../store/output-file';
import type { Store } from '../../store/store';
import type { SavedReport } from '../../../shared/model/report';
import { reportByPublicId } from './list';

export async function saveReport(store: Store, actor: string, publicId: string, out: string, force: boolean): Promise<SavedReport> {
  const { info, fileId, owner } = reportByPublicId(store.db, publicId);
  const file = await writeOutputFile(out, { dataDir: store.dataDir, force }, (sink) => {
    streamFile(store.db, owner, fileId, (chunk) => sink.write(chunk));
  });
  store.tx(actor, 'report.save', (t) => t.audit({ entityType: 'report', entityId: info.publicId, summary: { saved: { kind: info.kind, sha256: info.sha256 } } }));
  return { file, pages: info.pages, sha256: info.sha256, auditHead: info.auditHead };
}
