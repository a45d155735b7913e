// The renderer's one way to read and change data: TanStack Query over the typed bridge. A query's
// key is [operation, input], so two screens asking for the same thing share one cached answer and
// one request (settings is read once, not once per screen), and a mutation invalidates by
// operation name: everything keyed under that operation, whatever its input, is fetched again.
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { Bridge, OpInput, OpName, OpResult } from '../../../shared/api';
import { BridgeCallError, useBridge } from '../bridge/BridgeContext';

export type OpKey<N extends OpName> = readonly [N, OpInput<N>];

export function opKey<N extends OpName>(op: N, input: OpInput<N>): OpKey<N> {
  return [op, input] as const;
}

/** Calls an operation; a refusal by the core becomes a thrown BridgeCallError (its ApiError inside). */
export async function callOp<N extends OpName>(bridge: Bridge, op: N, input: OpInput<N>): Promise<OpResult<N>> {
  const res = await bridge.call(op, input);
  if (!res.ok) throw new BridgeCallError(res.error);
  return res.result;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core answers the same input the same way; a second try only repeats the refusal
        // (LOCKED is handled by the app frame, which shows the unlock screen).
        retry: false,
        // The data lives in this machine's database, changed only through mutations here (which
        // invalidate) or by the CLI; coming back to the window is not a reason to reload screens.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

type OpQueryOptions<N extends OpName, T> = Omit<UseQueryOptions<OpResult<N>, BridgeCallError, T, OpKey<N>>, 'queryKey' | 'queryFn'>;

/** The result of `op` for `input`, cached under [op, input] and shared with every other reader. */
export function useOp<N extends OpName, T = OpResult<N>>(op: N, input: OpInput<N>, options: OpQueryOptions<N, T> = {}) {
  const bridge = useBridge();
  return useQuery<OpResult<N>, BridgeCallError, T, OpKey<N>>({
    queryKey: opKey(op, input),
    queryFn: () => callOp(bridge, op, input),
    ...options,
  });
}

type OpMutationOptions<N extends OpName, C> = Omit<UseMutationOptions<OpResult<N>, BridgeCallError, OpInput<N>, C>, 'mutationFn'> & {
  /** Operations whose cached answers this change makes out of date (all inputs of each). */
  invalidates?: readonly OpName[];
};

/**
 * Runs `op` as a change. When it succeeds, every cached answer of the `invalidates` operations is
 * marked stale and the ones on screen are fetched again. `isPending` and `error` replace the
 * per-form busy and error state.
 */
export function useOpMutation<N extends OpName, C = unknown>(op: N, { invalidates = [], onSuccess, ...options }: OpMutationOptions<N, C> = {}) {
  const bridge = useBridge();
  const client = useQueryClient();
  return useMutation<OpResult<N>, BridgeCallError, OpInput<N>, C>({
    mutationFn: (input) => callOp(bridge, op, input),
    ...options,
    onSuccess: async (...args) => {
      await onSuccess?.(...args);
      await Promise.all(invalidates.map((name) => client.invalidateQueries({ queryKey: [name] satisfies QueryKey })));
    },
  });
}

/** What changes when a request changes: its detail, the list, the dashboard and the reminders. */
export const REQUEST_READS: readonly OpName[] = ['request.get', 'request.list', 'request.dashboard', 'request.dueReminders'];

/**
 * Settings (time zone, defaults, language), read by most screens. Read once per unlock: they only
 * change through settings.update here (which invalidates them) or a restore (which resets the
 * cache), so a screen mounting is no reason to ask again.
 */
export function useSettings() {
  return useOp('settings.get', {}, { staleTime: Infinity });
}

/** For changes made outside useOpMutation (a multi-step import): marks `ops`' cached answers stale. */
export function useInvalidate() {
  const client = useQueryClient();
  return (ops: readonly OpName[]) => Promise.all(ops.map((name) => client.invalidateQueries({ queryKey: [name] satisfies QueryKey }))).then(() => undefined);
}
