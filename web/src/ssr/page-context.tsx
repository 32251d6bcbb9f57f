// What a page needs to know about the request it renders: the site's origin (shown in commands and links), and,
// on the server, a place to say the path named no page (answered 404). In the browser both come from `window`.
import { createContext, useContext, useSyncExternalStore } from 'react';

export interface PageRequest {
  /** Scheme, host and port the reader used, e.g. https://parks.example.org */
  origin: string;
  /** Set by a page that is not found while rendering on the server. */
  status?: number;
}

const browser = (): PageRequest => ({ origin: typeof window === 'undefined' ? '' : window.location.origin });

export const PageRequestContext = createContext<PageRequest | null>(null);

export function usePageRequest(): PageRequest {
  return useContext(PageRequestContext) ?? browser();
}

/** The origin the reader sees in the address bar. */
export function useOrigin(): string {
  return usePageRequest().origin;
}

const unsubscribe = () => () => undefined;

/**
 * False on the server and while the browser hydrates, true after: for what the browser's own Intl data renders (a
 * picker of every country by its CLDR name, sorted), which its Chromium or Firefox may word or order unlike the
 * server's Node, so it must not be part of the markup both render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    unsubscribe,
    () => true,
    () => false,
  );
}
