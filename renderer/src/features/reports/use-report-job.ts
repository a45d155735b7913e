// Runs a report operation as a job the DPO can follow and stop: the core lays the PDF out on a
// worker thread; we poll its progress by an id we choose and cancel by that id.
import { useRef, useState } from 'react';
import type { ReportInfo } from '../../../../shared/model/report';
import { useCall } from '../../bridge/BridgeContext';

export interface ReportJob {
  busy: boolean;
  progress: { done: number; total: number } | null;
  /** The finished report, or why it did not finish ('cancelled' when the DPO stopped it). */
  result: ReportInfo | null;
  error: unknown;
  cancelled: boolean;
  start(run: (progressId: string) => Promise<ReportInfo>): Promise<void>;
  cancel(): void;
}

export function useReportJob(): ReportJob {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ReportInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<{ id: string; stopped: boolean } | null>(null);

  const start = async (run: (progressId: string) => Promise<ReportInfo>) => {
    const progressId = crypto.randomUUID().replace(/-/g, '');
    job.current = { id: progressId, stopped: false };
    setBusy(true);
    setResult(null);
    setError(null);
    setCancelled(false);
    setProgress(null);
    const poll = setInterval(() => {
      void call('job.progress', { id: progressId }).then(
        (p) => p.state === 'running' && p.total > 0 && setProgress({ done: p.done, total: p.total }),
        () => undefined,
      );
    }, 400);
    try {
      setResult(await run(progressId));
    } catch (err) {
      if (job.current?.stopped) setCancelled(true);
      else setError(err);
    } finally {
      clearInterval(poll);
      job.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const cancel = () => {
    if (!job.current) return;
    job.current.stopped = true;
    void call('job.cancel', { id: job.current.id }).catch(() => undefined);
  };

  return { busy, progress, result, error, cancelled, start, cancel };
}
