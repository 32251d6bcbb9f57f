// The signed-in officer's session. The refresh token lives in an HttpOnly cookie that page scripts cannot read
// (POST /auth/signin, /auth/refresh, /auth/signout); the access token lives in this module's memory only and is
// sent as a Bearer credential, renewed shortly before it expires (or once after a 401). A reload renews it from
// the cookie. Tabs take turns renewing (Web Locks), and the server accepts a just-rotated token for a few seconds.
import { useSyncExternalStore } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  officer: { name: string; email: string; role: 'OFFICER' | 'ADMIN' };
}

/** Where sessions were kept before (access and refresh token in localStorage): dropped on load. */
const OLD_KEY = 'parkscope.session';
/** Who is signed in in this browser (no token): tells a reload to renew from the cookie, and other tabs of a sign-out. */
const HINT_KEY = 'parkscope.officer';
const HEADERS = { 'content-type': 'application/json', 'x-parkscope-session': '1' };

const listeners = new Set<() => void>();
let current: Session | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

storage()?.removeItem(OLD_KEY);

function publish(session: Session | null) {
  current = session;
  listeners.forEach((l) => l());
}

export function setSession(session: Session | null) {
  const store = storage();
  if (session) store?.setItem(HINT_KEY, JSON.stringify(session.officer));
  else store?.removeItem(HINT_KEY);
  publish(session);
}

export function getSession(): Session | null {
  return current;
}

// A sign-out (or a sign-in as someone else) in another tab ends this tab's session too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === HINT_KEY && (!e.newValue || (current && (JSON.parse(e.newValue) as { email?: string }).email !== current.officer.email))) publish(null);
  });
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getSession,
    () => null,
  );
}

/** POSTs to /auth/<path>; the API's refusal is thrown as GraphQL errors, as Apollo's own requests throw them. */
async function post<T>(path: 'signin' | 'refresh' | 'signout', body: unknown = {}): Promise<T> {
  const res = await fetch(`/auth/${path}`, { method: 'POST', headers: HEADERS, credentials: 'same-origin', body: JSON.stringify(body) });
  const json = (await res.json()) as T & { errors?: CombinedGraphQLErrors['errors'] };
  if (json.errors) throw new CombinedGraphQLErrors({ errors: json.errors });
  return json;
}

/** Signs in; the refresh token goes into the cookie, the rest into memory. */
export async function signIn(email: string, password: string): Promise<Session> {
  const session = await post<Session>('signin', { email, password });
  setSession(session);
  return session;
}

/** Ends this browser's session on the server and here. */
export async function signOut(): Promise<void> {
  await post('signout').catch(() => undefined);
  setSession(null);
}

let refreshing: Promise<Session | null> | null = null;

/**
 * A new access token from the cookie, once for every request of this tab asking at the same time, and one tab at a
 * time (Web Locks): the next tab's turn sends the cookie the previous one rotated.
 */
export function refresh(): Promise<Session | null> {
  refreshing ??= (async () => {
    const run = async () => {
      try {
        const next = await post<Session>('refresh');
        setSession(next);
        return next;
      } catch (err) {
        // Refused: the session has ended. No answer: keep the state, the next request tries again.
        if (CombinedGraphQLErrors.is(err)) setSession(null);
        return null;
      }
    };
    try {
      return typeof navigator !== 'undefined' && navigator.locks ? await navigator.locks.request('parkscope.refresh', run) : await run();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** At start: a browser that had signed in renews its access token from the cookie; others send nothing. */
export const restored: Promise<Session | null> = storage()?.getItem(HINT_KEY) ? refresh() : Promise.resolve(null);

/** fetch for the Apollo link: adds the officer's token, renews it when due, retries once after a 401. */
export function authFetch(): typeof fetch {
  return async (input, init) => {
    const withToken = (s: Session | null): RequestInit => ({
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...(s ? { authorization: `Bearer ${s.accessToken}` } : {}) },
    });
    await restored;
    let s = getSession();
    if (s && new Date(s.accessTokenExpiresAt).getTime() - Date.now() < 30_000) s = await refresh();
    let res = await fetch(input, withToken(s));
    if (res.status === 401 && s) {
      s = await refresh();
      res = await fetch(input, withToken(s));
      if (res.status === 401) setSession(null);
    }
    return res;
  };
}
