// The preload runs sandboxed: it exposes exactly one typed function and nothing of ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/api';
import { IPC_CALL_CHANNEL } from '../transport/ipc-channel';

// Type-checked against the contract: a change to shared/api.ts that breaks this fails the build.
const bridge: Bridge = {
  call: (op, input) => ipcRenderer.invoke(IPC_CALL_CHANNEL, op, input),
};

contextBridge.exposeInMainWorld('dpoBridge', bridge);
