// "Now", refreshed every minute: the 72-hour clock ticks on screen without reading anything again
// (the clock is a pure function of the stored instants and now).
import { useEffect, useState } from 'react';

export const TICK_MS = 60_000;

export function useNow(everyMs = TICK_MS): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
