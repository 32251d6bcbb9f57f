// The WebSocket client for live notices (graphql-ws on the API's own path). Loaded on demand, so the shell's first
// download never carries it; one socket per tab, opened with the first subscription and closed a while after the last.
import { createClient, type Client } from 'graphql-ws';
import { getSession } from '../auth/session';

let client: Client | null = null;

/** The tab's client: the API's URL over ws(s), signed in as the current officer (if any) when the socket opens. */
export function liveClient(): Client {
  client ??= createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    lazyCloseTimeout: 10_000,
    connectionParams: () => {
      const token = getSession()?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A server restart or a dropped network: come back quietly; the notice only ever undercounts while away.
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return client;
}
