export interface BackupInfo {
  file: string;
  createdAt: string;
  sizeBytes: number;
  sha256: string;
  schemaVersion: number;
  auditSeq: number;
  auditHead: string;
}
