// Browser mode: the same Bridge over loopback HTTP. The access token arrives once in the URL
// (?token=…); it is moved to sessionStorage and removed from the address bar and history.
import type { Bridge } from '../../../shared/api';
import type { ApiResponse } from '../../../shared/errors';
import { s } from '../i18n';

const TOKEN_KEY = 'dpo.token';

export function takeTokenFromUrl(loc: Location = window.location, store: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    store.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return store.getItem(TOKEN_KEY);
}

export function createHttpBridge(token: string): Bridge {
  return {
    async call(op, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(op)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: s.common.hostUnreachable } };
      }
      try {
        return (await res.json()) as ApiResponse<never>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: s.common.hostNoResult(res.status) } };
      }
    },
  };
}
