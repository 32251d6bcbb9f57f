// Below the fold waits: a chart, map or table out of view renders when it comes within about one viewport of being
// seen (IntersectionObserver) or when the browser is idle (requestIdleCallback, one waiting part per idle period, in
// page order; a timer where the browser has none), whichever comes first; once rendered it stays rendered.
//
// Until then a placeholder holds the content's place: the caller gives its height (`height`, when it follows from the
// data) or a class of web/src/styles.css (when it differs by breakpoint), so nothing moves when the content arrives.
// The first render is the placeholder on the server and in the browser alike (hydration sees the same markup); only an
// effect decides to render. A lazy component inside waits in the same placeholder (Suspense), so its chunk is not
// downloaded before it is needed either.
//
// Everything renders at once:
// - before printing (the `beforeprint` event; synchronously, so the printout has it);
// - when a page asks for it (`renderAllDeferred()`, e.g. a PNG export of a part not yet drawn);
// - for scripts that capture the page (scripts/screenshots.ts): dispatch `parkscope:render-all` on `document`, or set
//   the `data-render-all` attribute on <html> before the page's script runs (an init script). Both stick for the
//   page's life, so parts that mount later (after their data arrives) render at once too.
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** The document event that renders every deferred part now and from then on. */
export const RENDER_ALL_EVENT = 'parkscope:render-all';
/** The <html> attribute that does the same from the start (set by an init script). */
export const RENDER_ALL_ATTRIBUTE = 'data-render-all';
/** How far outside the viewport a part starts rendering: one viewport above and below. */
export const NEAR_MARGIN = '100% 0px 100% 0px';
/** The longest an idle render waits for an idle period (ms), and the timer's delay where there is no idle callback. */
export const IDLE_TIMEOUT = 2000;
export const TIMER_DELAY = 200;

interface Waiting {
  element: Element;
  show: () => void;
}

const waiting = new Set<Waiting>();
let everything = false;
let observer: IntersectionObserver | null = null;
let idleScheduled = false;
let listening = false;

/** Node.DOCUMENT_POSITION_PRECEDING (a constant, so this module also loads where there is no DOM). */
const PRECEDING = 2;

/** The waiting part that comes first in the page, so idle periods fill the page from the top. */
export function firstInPage<T extends { element: Element }>(parts: Iterable<T>): T | undefined {
  let first: T | undefined;
  for (const part of parts) {
    if (!first || first.element.compareDocumentPosition(part.element) & PRECEDING) first = part;
  }
  return first;
}

function release(part: Waiting) {
  if (!waiting.delete(part)) return;
  observer?.unobserve(part.element);
  part.show();
}

/** Renders every deferred part now (and every one that mounts later when `sticky`). */
export function renderAllDeferred({ sticky = false }: { sticky?: boolean } = {}): void {
  if (sticky) everything = true;
  const parts = [...waiting];
  if (!parts.length) return;
  flushSync(() => parts.forEach(release));
}

function whenIdle(run: () => void) {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
  else window.setTimeout(run, TIMER_DELAY);
}

// One part per idle period, after the page has loaded (the first screen and its requests come first).
function scheduleIdle() {
  if (idleScheduled || !waiting.size) return;
  idleScheduled = true;
  const start = () =>
    whenIdle(() => {
      idleScheduled = false;
      const next = firstInPage(waiting);
      if (next) release(next);
      scheduleIdle();
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function listen() {
  if (listening) return;
  listening = true;
  window.addEventListener('beforeprint', () => renderAllDeferred());
  document.addEventListener(RENDER_ALL_EVENT, () => renderAllDeferred({ sticky: true }));
}

function wait(element: Element, show: () => void): () => void {
  listen();
  if (everything || document.documentElement.hasAttribute(RENDER_ALL_ATTRIBUTE)) {
    everything = true;
    show();
    return () => {};
  }
  const part: Waiting = { element, show };
  waiting.add(part);
  if (typeof IntersectionObserver === 'function') {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const near = [...waiting].find((p) => p.element === entry.target);
          if (near) release(near);
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
  }
  scheduleIdle();
  return () => {
    waiting.delete(part);
    observer?.unobserve(element);
  };
}

/**
 * Renders `children` once near the viewport or when the browser is idle; until then a placeholder of the given
 * `height` (px) or `className` (a class that sets its height per breakpoint). `now` renders at once, on the server
 * too (e.g. a part the URL opens).
 */
export function Deferred({ children, height, className, now = false }: { children: ReactNode; height?: number; className?: string; now?: boolean }) {
  const [shown, setShown] = useState(now);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || !placeholder.current) return;
    return wait(placeholder.current, () => setShown(true));
  }, [shown]);
  // `data-deferred`: "waiting" until it renders, then "loading" while a lazy chunk inside arrives.
  const hold = (state: 'waiting' | 'loading', ref?: typeof placeholder) => (
    <div
      ref={ref}
      className={className ? `deferred ${className}` : 'deferred'}
      style={height === undefined ? undefined : { height }}
      aria-busy="true"
      data-deferred={state}
    />
  );
  if (!shown && !now) return hold('waiting', placeholder);
  return <Suspense fallback={hold('loading')}>{children}</Suspense>;
}

/** Resolves with the first element matching `selector` inside `root` once it exists (after a render-all, say). */
export function whenRendered<E extends Element>(root: Element, selector: string, timeout = 10_000): Promise<E | null> {
  const found = root.querySelector<E>(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const done = (value: E | null) => {
      watcher.disconnect();
      window.clearTimeout(timer);
      resolve(value);
    };
    const watcher = new MutationObserver(() => {
      const element = root.querySelector<E>(selector);
      if (element) done(element);
    });
    watcher.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(() => done(null), timeout);
  });
}
