import { useRef, useState } from 'react';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES, type AttachmentInfo, type AttachmentKind, type RequestDetail } from '../../../../shared/model/request';
import { localDateInZone } from '../../../../shared/dates';
import { useOpMutation } from '../../data/queries';
import { useAttachmentDelete, useRequestChange } from './request-mutations';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { FileName, UserText } from '../../ui/UserText';
import { base64ToBytes, downloadBytes, fileToBase64 } from '../../ui/download';

const d = s.requests.detail;

/** Files live inside the encrypted database; "Save a copy" is the only way one leaves it. */
export function Attachments({ detail, timeZone }: { detail: RequestDetail; timeZone: string }) {
  // "Save a copy" reads the bytes once and hands them to the browser; nothing is cached.
  const saveCopy = useOpMutation('request.attachmentGet', { onSuccess: (c) => downloadBytes(c.filename, base64ToBytes(c.base64), c.mimeType) });
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{d.attachments}</h2>
      <FormError message={saveCopy.error?.message} />
      {detail.attachments.length === 0 ? (
        <p className="field__hint">{d.noAttachments}</p>
      ) : (
        <ul className="attachments">
          {detail.attachments.map((a) => (
            <li key={a.id}>
              <strong>
                <FileName name={a.filename} />
              </strong> <span className="field__hint">({s.requests.attachmentKindLabels[a.kind]}, {Math.ceil(a.sizeBytes / 1024)} KB)</span>
              {a.deletedAt ? (
                <p className="field__hint">{d.deleted(formatDay(localDateInZone(new Date(a.deletedAt), timeZone)))}{a.deletedReason && (
                    <>
                      {': '}
                      <UserText>{a.deletedReason}</UserText>
                    </>
                  )}</p>
              ) : (
                <>
                  {a.deleteReminder && <p className="banner banner--warning">{d.deleteReminder}</p>}
                  <div className="actions">
                    <button type="button" onClick={() => saveCopy.mutate({ ref: detail.ref, attachmentId: a.id })}>
                      {d.save}
                    </button>
                    <DeleteAttachment detail={detail} attachment={a} />
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <UploadForm detail={detail} />
    </section>
  );
}

function DeleteAttachment({ detail, attachment }: { detail: RequestDetail; attachment: AttachmentInfo }) {
  const remove = useAttachmentDelete();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState(attachment.deleteReminder ? 'Identity verified; ID document no longer needed (data minimisation).' : '');
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {d.deleteBytes}
      </button>
    );
  return (
    <span className="inline-form">
      <Field label={d.deleteReason} error={remove.error?.message}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="button" disabled={remove.isPending} onClick={() => remove.mutate({ ref: detail.ref, attachmentId: attachment.id, reason })}>
        {d.deleteBytes}
      </button>
    </span>
  );
}

function UploadForm({ detail }: { detail: RequestDetail }) {
  const attach = useRequestChange('request.attach');
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<AttachmentKind>('document');
  const [deleteAfter, setDeleteAfter] = useState(false);
  // A check before sending (no file, too large) is shown in the same place as the core's refusal.
  const [error, setError] = useState<string>();
  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return setError(d.chooseFileFirst);
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(`The file is ${Math.ceil(file.size / 1024 / 1024)} MB; attachments can be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
    setError(undefined);
    attach.reset();
    try {
      const base64 = await fileToBase64(file);
      await attach.mutateAsync({ ref: detail.ref, filename: file.name, mimeType: file.type || 'application/octet-stream', base64, kind, deleteAfterVerification: deleteAfter });
      if (fileRef.current) fileRef.current.value = '';
    } catch (err) {
      // The core's refusal is in attach.error; a file that could not be read is not.
      if (!attach.isError) setError((err as Error).message);
    }
  };
  return (
    <div className="upload-form">
      <h3>{d.addAttachment}</h3>
      <div className="form-row">
        <Field label={d.file} error={error ?? attach.error?.message}>
          {(p) => <input {...p} ref={fileRef} type="file" />}
        </Field>
        <Field label={d.attachmentKind}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => {
                const k = e.target.value as AttachmentKind;
                setKind(k);
                setDeleteAfter(k === 'id-document');
              }}
            >
              <Options values={ATTACHMENT_KINDS} label={(k) => s.requests.attachmentKindLabels[k]} />
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={deleteAfter} onChange={(e) => setDeleteAfter(e.target.checked)} /> {d.deleteAfterVerification}
      </label>
      <button type="button" onClick={() => void upload()} disabled={attach.isPending}>
        {d.upload}
      </button>
    </div>
  );
}
