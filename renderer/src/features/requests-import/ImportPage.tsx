// Import requests from a CSV file (many) or a saved e-mail (one). A .csv or .eml file dropped
// anywhere on the page goes to the matching importer.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { s } from '../../i18n';
import { FormError } from '../../ui/Panels';
import { CsvImport, type FileLoader } from './CsvImport';
import { EmlImport } from './EmlImport';
import { kindOf } from './files';

const t = s.insights.import;

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function ImportPage() {
  const csv = useRef<FileLoader>(null);
  const eml = useRef<FileLoader>(null);
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  const [dropError, setDropError] = useState<string>();

  // A file dropped just beside the drop area must not replace the app with the file (browser mode).
  useEffect(() => {
    const swallow = (e: globalThis.DragEvent) => {
      if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);

  const onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current++;
    setDragging(true);
  };
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    const kind = kindOf(file);
    setDropError(kind ? undefined : t.dropUnknown);
    const target = kind === 'csv' ? csv : kind === 'eml' ? eml : null;
    if (!target) return;
    target.current?.load(file);
    document.getElementById(kind === 'csv' ? 'csv-title' : 'eml-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return (
    <section
      aria-labelledby="page-title"
      className={`insights-drop${dragging ? ' insights-drop--active' : ''}`}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="import-page"
    >
      <h1 id="page-title">{t.title}</h1>
      <p>{t.intro}</p>
      {dragging && (
        <div className="insights-drop__note" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
      <FormError message={dropError} />
      <CsvImport ref={csv} />
      <EmlImport ref={eml} />
    </section>
  );
}
