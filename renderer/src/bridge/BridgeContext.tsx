import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Bridge, OpInput, OpName, OpResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';

const BridgeContext = createContext<Bridge | null>(null);
/** Bumped on every unlock so pages reload data they could not read while locked. */
const UnlockGenerationContext = createContext(0);

export function BridgeProvider({ bridge, unlockGeneration, children }: { bridge: Bridge; unlockGeneration: number; children: ReactNode }) {
  return (
    <BridgeContext.Provider value={bridge}>
      <UnlockGenerationContext.Provider value={unlockGeneration}>{children}</UnlockGenerationContext.Provider>
    </BridgeContext.Provider>
  );
}

export function useBridge(): Bridge {
  const b = useContext(BridgeContext);
  if (!b) throw new Error('useBridge outside BridgeProvider');
  return b;
}

export class BridgeCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'BridgeCallError';
  }
}

/** Calls an operation and throws a BridgeCallError on failure (for event handlers). */
export function useCall() {
  const bridge = useBridge();
  return useCallback(
    async <N extends OpName>(op: N, input: OpInput<N>): Promise<OpResult<N>> => {
      const res = await bridge.call(op, input);
      if (!res.ok) throw new BridgeCallError(res.error);
      return res.result;
    },
    [bridge],
  );
}

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/**
 * Loads an operation's result for display; reloads on unlock and when the input or `deps`
 * change. A result is only ever shown for the input it was loaded for: after navigating from one
 * request to another the old one is never displayed under the new address.
 */
export function useQuery<N extends OpName>(op: N, input: OpInput<N>, deps: unknown[] = []): [Loadable<OpResult<N>>, () => void] {
  const bridge = useBridge();
  const generation = useContext(UnlockGenerationContext);
  const [tick, setTick] = useState(0);
  const key = `${op}|${JSON.stringify(input)}`;
  const [loaded, setLoaded] = useState<{ key: string; value: Loadable<OpResult<N>> } | null>(null);
  useEffect(() => {
    let live = true;
    void bridge.call(op, JSON.parse(key.slice(op.length + 1)) as OpInput<N>).then((res) => {
      if (!live) return;
      setLoaded({ key, value: res.ok ? { state: 'ready', data: res.result } : { state: 'error', error: res.error } });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bridge, op, key, generation, tick, ...deps]);
  return [loaded && loaded.key === key ? loaded.value : { state: 'loading' }, () => setTick((t) => t + 1)];
}
