// Routing on wouter (about 2 KB), behind the small part of react-router's API the pages use: the shell stays light.
import type { AnchorHTMLAttributes, ReactElement, ReactNode } from 'react';
import {
  Link as WouterLink,
  Route as WouterRoute,
  Switch,
  useLocation as useWouterLocation,
  useParams as useWouterParams,
  useRoute,
  useSearch,
  useSearchParams as useWouterSearchParams,
} from 'wouter';

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

export function Link({ to, ...rest }: { to: string } & AnchorProps) {
  return <WouterLink href={to} {...rest} />;
}

/** A link that knows it is the current page (class "active", aria-current). */
export function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [active] = useRoute(to);
  return (
    <WouterLink href={to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </WouterLink>
  );
}

export function useNavigate() {
  const [, navigate] = useWouterLocation();
  return (to: string, options?: { replace?: boolean }) => navigate(to, options);
}

export function useLocation(): { pathname: string; search: string } {
  const [pathname] = useWouterLocation();
  const search = useSearch();
  return { pathname, search: search ? `?${search}` : '' };
}

export function useParams<T extends Record<string, string | undefined> = Record<string, string | undefined>>(): T {
  return useWouterParams() as T;
}

export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useWouterSearchParams();
  return [params, (next, options) => setParams(next, options)];
}

/** The first `<Route>` whose path matches; `path="*"` matches anything. */
export function Routes({ children }: { children: ReactNode }) {
  return <Switch>{children}</Switch>;
}

export function Route({ path, element }: { path: string; element: ReactElement }) {
  return path === '*' ? <WouterRoute>{element}</WouterRoute> : <WouterRoute path={path}>{element}</WouterRoute>;
}
