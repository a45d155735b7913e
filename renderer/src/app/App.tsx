// The top of the UI: asks the core for its state and shows first run, unlock, or the workbench.
// When the workbench locks (idle or by hand) the frame stays mounted underneath the unlock
// screen, inert, so nothing typed into an open form is lost.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Bridge } from '../../../shared/api';
import type { AppStatus } from '../../../shared/model/vault';
import { BridgeProvider } from '../bridge/BridgeContext';
import { createQueryClient } from '../data/queries';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { FirstRunScreen } from '../features/vault/FirstRunScreen';
import { RecoveryCodePanel } from '../features/vault/RecoveryCodePanel';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { DamagedScreen } from '../features/vault/DamagedScreen';
import { Loading } from '../ui/Panels';
import { Frame } from './Frame';
import { useActivityReporter } from './use-activity-reporter';

const STATUS_POLL_MS = 15_000;

export function App({ bridge: rawBridge }: { bridge: Bridge }) {
  const [status, setStatusRaw] = useState<AppStatus | null>(null);
  // One cache for the whole window; every screen's data goes through it.
  const [queryClient] = useState(createQueryClient);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  /** Once the frame has been shown it stays mounted (inert while locked) to keep form input. */
  const [everUnlocked, setEverUnlocked] = useState(false);

  const setStatus = useCallback((next: AppStatus) => {
    setStatusRaw(next);
    if (!next.locked) setEverUnlocked(true);
  }, []);

  const refresh = useCallback(async () => {
    const res = await rawBridge.call('app.status', {});
    if (res.ok) setStatus(res.result);
  }, [rawBridge, setStatus]);

  // Any call answered LOCKED means the core locked underneath us: show the unlock screen now.
  // DATABASE_DAMAGED (an unlock that found the file damaged): show the restore screen now.
  const bridge = useMemo<Bridge>(
    () => ({
      call: async (op, input) => {
        const res = await rawBridge.call(op, input);
        if (!res.ok && (res.error.code === 'LOCKED' || res.error.code === 'DATABASE_DAMAGED')) void refresh();
        return res;
      },
    }),
    [rawBridge, refresh],
  );

  useEffect(() => {
    // refresh() sets state only after an awaited call, never synchronously in this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
    const timer = setInterval(() => void refresh(), STATUS_POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  useActivityReporter(bridge, Boolean(status && !status.locked));

  const onUnlocked = useCallback(
    (next: AppStatus) => {
      setStatus(next);
      // Everything read before the lock (or refused while locked, or read from a database that
      // was just restored) is out of date: the screens on view fetch again, the rest when next
      // shown. Invalidated, not reset: the old answers stay on screen until the new ones arrive,
      // so the frame under the unlock screen keeps its forms and what was typed into them.
      void queryClient.invalidateQueries();
    },
    [setStatus, queryClient],
  );

  return (
    <BridgeProvider bridge={bridge}>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>{renderScreens()}</LanguageProvider>
      </QueryClientProvider>
    </BridgeProvider>
  );

  // A plain function, not a component: a component defined here would remount on every render.
  function renderScreens() {
    if (!status) return <Loading />;
    if (!status.initialised) {
      return (
        <FirstRunScreen
          onCreated={(code) => {
            setRecoveryCode(code);
            void refresh();
          }}
        />
      );
    }
    if (status.damaged && status.locked) return <DamagedScreen damage={status.damaged} onRestored={onUnlocked} />;
    if (recoveryCode && !status.locked) {
      return (
        <RecoveryCodePanel
          code={recoveryCode}
          onDone={(next) => {
            setRecoveryCode(null);
            onUnlocked(next);
          }}
        />
      );
    }
    return (
      <>
      {everUnlocked && (
        <div className="frame-holder" inert={status.locked} aria-hidden={status.locked}>
          <Frame status={status} onStatus={setStatus} onRestored={onUnlocked} />
        </div>
      )}
      {status.locked && (
        <UnlockScreen
          overlay={everUnlocked}
          deviceUnlock={Boolean(status.deviceUnlock?.enabled)}
          onUnlocked={onUnlocked}
          onRecoveryReset={(code, next) => {
            setRecoveryCode(code);
            onUnlocked(next);
          }}
        />
      )}
      </>
    );
  }
}
