import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { requestAddNoteInput, type RequestDetail, type TimelineDirection } from '../../../../shared/model/request';
import { formatDay, localDateInZone } from '../../../../shared/dates';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { UserText } from '../../ui/UserText';

const d = s.requests.detail;
const DIRECTION_LABEL: Record<TimelineDirection, string> = { internal: d.internal, 'to-subject': d.toSubject, 'from-subject': d.fromSubject };

/** Newest first; internal notes are marked apart from what went to or came from the subject. */
export function Timeline({ detail, timeZone, onChanged }: { detail: RequestDetail; timeZone: string; onChanged: (d: RequestDetail) => void }) {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{d.timeline}</h2>
      <NoteForm detail={detail} onChanged={onChanged} />
      {detail.timeline.length === 0 ? (
        <p className="field__hint">{d.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {detail.timeline.map((e) => (
            <li key={e.id} className={`timeline__entry timeline__entry--${e.direction}`}>
              <div className="timeline__meta">
                <span className={`tag tag--${e.direction}`}>{DIRECTION_LABEL[e.direction]}</span>{' '}
                <time dateTime={e.at}>{formatDay(e.on ?? localDateInZone(new Date(e.at), timeZone))}</time> · {e.actor}
                {e.action ? ` · ${e.action}` : ''}
              </div>
              <p className="timeline__text">
                <UserText>{e.text}</UserText>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteForm({ detail, onChanged }: { detail: RequestDetail; onChanged: (d: RequestDetail) => void }) {
  const call = useCall();
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof requestAddNoteInput>>({
    resolver: zodResolver(requestAddNoteInput),
    defaultValues: { ref: detail.ref, direction: 'internal', text: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      onChanged(await call('request.addNote', values));
      reset({ ref: detail.ref, direction: values.direction, text: '' });
    } catch (err) {
      applyServerError(err, setError, ['text', 'direction']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="note-form">
      <div className="form-row">
        <Field label={d.noteText} error={formState.errors.text?.message}>
          {(p) => <textarea {...p} rows={2} {...register('text')} />}
        </Field>
        <Field label={d.noteDirection}>
          {(p) => (
            <select {...p} {...register('direction')}>
              {(Object.keys(DIRECTION_LABEL) as TimelineDirection[]).map((k) => (
                <option key={k} value={k}>
                  {DIRECTION_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormError message={formState.errors.root?.server?.message} />
      <button type="submit" disabled={formState.isSubmitting}>
        {d.addNoteSubmit}
      </button>
    </form>
  );
}
