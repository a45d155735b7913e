// The import form's values and how they become `policy.add`'s input. The form's field names are
// the schema's paths (source.text, change.material, notice.on …), so the zod errors of the shared
// schema, in the form and from the core, land on the field they name.
import type { ChangeClass, MaterialChange, NoticeChannel, PolicyFormat, PolicyRevisionDetail } from '../../../../shared/model/policy';

export interface ImportValues {
  mode: 'paste' | 'file';
  source: { text: string; format: '' | PolicyFormat };
  label: string;
  effectiveDate: string;
  publishedOn: string;
  approvedBy: string;
  change: { class: '' | ChangeClass; material: MaterialChange[] };
  notice: { on: string; how: NoticeChannel[]; note: string };
}

export const emptyImport = (today: string): ImportValues => ({
  mode: 'paste',
  source: { text: '', format: '' },
  label: '',
  effectiveDate: today,
  publishedOn: '',
  approvedBy: '',
  change: { class: '', material: [] },
  notice: { on: '', how: [], note: '' },
});

export interface ChosenFile {
  name: string;
  base64: string;
}

/** The operation's input: empty optional fields left out, a change or notice only when given. */
export function toAddInput(v: ImportValues, file: ChosenFile | null) {
  const format = v.source.format || undefined;
  const source = v.mode === 'file' ? (file ? { filename: file.name, base64: file.base64, format } : { filename: 'policy', format }) : { filename: 'pasted.txt', text: v.source.text, format };
  const told = v.notice.on || v.notice.how.length > 0 || v.notice.note.trim();
  return {
    source,
    label: v.label,
    effectiveDate: v.effectiveDate,
    publishedOn: v.publishedOn || null,
    approvedBy: v.approvedBy,
    // What makes a change material is asked only for a material change; ticks left from before the
    // class was changed are not sent (the schema refuses them on other classes).
    change: v.change.class ? { class: v.change.class, material: v.change.class === 'material' ? v.change.material : [] } : null,
    notice: told ? { on: v.notice.on || null, how: v.notice.how, note: v.notice.note } : null,
  };
}

/** A stored revision's metadata as form values (the edit form; the text itself is not edited). */
export function valuesOf(r: PolicyRevisionDetail): ImportValues {
  return {
    mode: 'paste',
    source: { text: '', format: '' },
    label: r.label ?? '',
    effectiveDate: r.effectiveDate,
    publishedOn: r.publishedOn ?? '',
    approvedBy: r.approvedBy ?? '',
    change: { class: r.change?.class ?? '', material: r.change?.material ?? [] },
    notice: { on: r.notice?.on ?? '', how: r.notice?.how ?? [], note: r.notice?.note ?? '' },
  };
}

/** `policy.update`'s input: the same metadata as an import, for a revision at the version shown. */
export function toUpdateInput(v: ImportValues, r: Pick<PolicyRevisionDetail, 'id' | 'version'>) {
  const { source: _source, ...meta } = toAddInput(v, null);
  void _source;
  return { id: r.id, expectedVersion: r.version, ...meta };
}
