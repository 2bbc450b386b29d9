/**
 * A path of the site as the router sees it: without the base path the site is served under. Read as
 * react-router reads its basename: a whole first segment, in any case (under /news/, /newsletter keeps
 * its name), so the first view preloads the route the router then draws.
 */
export function withoutBase(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!base || !pathname.toLowerCase().startsWith(base.toLowerCase())) return pathname;
  const rest = pathname.slice(base.length);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : pathname;
}
