import type { Bridge } from '../../../shared/api';
import { createHttpBridge, takeTokenFromUrl } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload (main/electron/preload.ts). */
    dpoBridge?: Bridge;
  }
}

/** Electron injects a bridge; browser mode builds one from the URL's token (Actual's pattern). */
export function selectBridge(): Bridge | null {
  if (window.dpoBridge) return window.dpoBridge;
  const token = takeTokenFromUrl();
  return token ? createHttpBridge(token) : null;
}
