// The signed-in officer's session: kept in localStorage so a reload stays signed in; the access token is sent as a
// Bearer credential and renewed with the refresh token shortly before it expires (or once after a 401).
import { useSyncExternalStore } from 'react';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  officer: { name: string; email: string; role: 'OFFICER' | 'ADMIN' };
}

const KEY = 'parkscope.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

function read(): Session | null {
  if (cached !== undefined) return cached;
  try {
    cached = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    cached = null;
  }
  return cached;
}

export function setSession(session: Session | null) {
  cached = session;
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function getSession(): Session | null {
  return read();
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    () => null,
  );
}

const REFRESH = `mutation RefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken accessTokenExpiresAt refreshToken officer { name email role } } }`;
let refreshing: Promise<Session | null> | null = null;

/** Exchanges the refresh token once, even when several requests ask at the same time. */
async function refresh(uri: string): Promise<Session | null> {
  const current = read();
  if (!current) return null;
  refreshing ??= (async () => {
    try {
      const res = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { t: current.refreshToken } }),
      });
      const json = (await res.json()) as { data?: { refreshSession: Session } };
      const next = json.data?.refreshSession ?? null;
      setSession(next);
      return next;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** fetch for the Apollo link: adds the officer's token, renews it when due, retries once after a 401. */
export function authFetch(uri: string): typeof fetch {
  return async (input, init) => {
    const withToken = (s: Session | null): RequestInit => ({
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...(s ? { authorization: `Bearer ${s.accessToken}` } : {}) },
    });
    let s = read();
    if (s && new Date(s.accessTokenExpiresAt).getTime() - Date.now() < 30_000) s = await refresh(uri);
    let res = await fetch(input, withToken(s));
    if (res.status === 401 && s) {
      s = await refresh(uri);
      res = await fetch(input, withToken(s));
      if (res.status === 401) setSession(null);
    }
    return res;
  };
}
