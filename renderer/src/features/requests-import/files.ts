// Reading picked or dropped files in memory: nothing touches disk, nothing leaves the page
// except through the bridge.

/** Base64 of the file's bytes (chunked: String.fromCharCode cannot take megabytes at once). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

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
