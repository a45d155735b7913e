import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { requestAddNoteInput, type RequestDetail, type TimelineDirection } from '../../../../shared/model/request';
import { localDateInZone } from '../../../../shared/dates';
import { useRequestChange } from './request-mutations';
import { formatDay, s, timelineActionName, timelineEntryText } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { UserText } from '../../ui/UserText';

const d = s.requests.detail;
const DIRECTIONS: readonly TimelineDirection[] = ['internal', 'to-subject', 'from-subject'];

const DIRECTION_BADGE: Record<TimelineDirection, string> = { internal: 'badge badge--muted', 'to-subject': 'badge badge--info', 'from-subject': 'badge badge--ok' };

/** Read while rendering, so the words are those of the chosen language. */
function directionLabel(direction: TimelineDirection): string {
  return { internal: d.internal, 'to-subject': d.toSubject, 'from-subject': d.fromSubject }[direction];
}

/** Newest first; internal notes are marked apart from what went to or came from the subject. */
export function Timeline({ detail, timeZone }: { detail: RequestDetail; timeZone: string }) {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{d.timeline}</h2>
      <NoteForm detail={detail} />
      {detail.timeline.length === 0 ? (
        <p className="field__hint">{d.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {detail.timeline.map((e) => (
            <li key={e.id} className={`timeline__entry timeline__entry--${e.direction}`}>
              <div className="timeline__meta">
                <span className={DIRECTION_BADGE[e.direction]}>{directionLabel(e.direction)}</span>{' '}
                <time dateTime={e.at}>{formatDay(e.on ?? localDateInZone(new Date(e.at), timeZone))}</time> · {e.actor}
                {e.action ? ` · ${timelineActionName(e.action)}` : ''}
              </div>
              <p className="timeline__text">
                <UserText>{timelineEntryText(e)}</UserText>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteForm({ detail }: { detail: RequestDetail }) {
  const addNote = useRequestChange('request.addNote');
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof requestAddNoteInput>>({
    resolver: zodResolver(requestAddNoteInput),
    defaultValues: { ref: detail.ref, direction: 'internal', text: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await addNote.mutateAsync(values);
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
              {DIRECTIONS.map((k) => (
                <option key={k} value={k}>
                  {directionLabel(k)}
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
