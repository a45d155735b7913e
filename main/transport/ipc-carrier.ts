// Electron IPC carrier: one handler on one channel, forwarding (op, input) to dispatch. The sender
// frame is checked so only our own top-level page (app://workbench/, the bundled renderer) can call in.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './dispatch';
import { IPC_CALL_CHANNEL } from './ipc-channel';
import { localUser } from '../../shared/auth';

export function registerIpcCarrier(ipcMain: IpcMain, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event: IpcMainInvokeEvent, op: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Refused: the call did not come from the workbench window.' } };
    }
    return dispatch(String(op), input, { principal: localUser('dpo@desktop') });
  });
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}
