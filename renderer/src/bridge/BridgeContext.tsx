import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Bridge, OpInput, OpName, OpResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';

// The typed bridge to the core (IPC in Electron, loopback HTTP in browser mode). Screens read data
// through renderer/src/data/queries.ts, which builds on this; `useCall` remains for one-off calls
// whose answer is not shown as data (a download, a lock).
const BridgeContext = createContext<Bridge | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
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
