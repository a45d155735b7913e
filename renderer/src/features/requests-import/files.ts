// Which importer a picked or dropped file belongs to. Files are read in memory (ui/download.ts):
// nothing touches disk, nothing leaves the page except through the bridge.

export type ImportKind = 'csv' | 'eml';

/** Which importer a file belongs to, by extension first, then by MIME type. */
export function kindOf(file: File): ImportKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.eml')) return 'eml';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (file.type === 'message/rfc822') return 'eml';
  if (file.type === 'text/csv') return 'csv';
  return null;
}
