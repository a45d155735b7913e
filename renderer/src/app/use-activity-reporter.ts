import { useEffect } from 'react';
import type { Bridge } from '../../../shared/api';

const REPORT_EVERY_MS = 30_000;

/**
 * Auto-lock measures the user's idleness in the core, so the renderer reports keyboard and pointer
 * activity, at most every 30 s. Status polling does not count as activity.
 */
export function useActivityReporter(bridge: Bridge, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < REPORT_EVERY_MS) return;
      last = now;
      void bridge.call('session.activity', {});
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
    };
  }, [bridge, enabled]);
}
