// Changes to one request. The actions that answer with the request's fresh detail put it straight
// into that request's cached detail (no second round trip); every change marks the list, the
// dashboard and the reminders stale, so they show it the next time they are on screen.
import { useQueryClient } from '@tanstack/react-query';
import type { OpName } from '../../../../shared/api';
import type { RequestDetail } from '../../../../shared/model/request';
import { opKey, REQUEST_READS, useOpMutation } from '../../data/queries';

/** Request operations whose result is the request's detail after the change. */
type DetailOp = 'request.transition' | 'request.addNote' | 'request.attach';

const OTHER_READS: readonly OpName[] = REQUEST_READS.filter((op) => op !== 'request.get');

export function useRequestChange<N extends DetailOp>(op: N) {
  const client = useQueryClient();
  return useOpMutation(op, {
    invalidates: OTHER_READS,
    // Every DetailOp answers RequestDetail (see the type above); TypeScript cannot resolve that
    // through the still-open N, hence the one assertion.
    onSuccess: (result) => {
      const detail = result as RequestDetail;
      client.setQueryData(opKey('request.get', { ref: detail.ref }), detail);
    },
  });
}

/** Deleting a file's bytes answers with the file's record only: the detail is fetched again. */
export function useAttachmentDelete() {
  return useOpMutation('request.attachmentDelete', { invalidates: REQUEST_READS });
}
