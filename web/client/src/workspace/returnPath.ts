/** Where the sign-in page sends people afterwards, named in its query string. */
export const returnParameter = 'ritorno';

/** The sign-in page's path that brings the person back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/staff/accesso?${returnParameter}=${encodeURIComponent(path)}`;
}

/**
 * The page to go to after signing in: the `ritorno` path when it is one of ours (a path on this site, not `//host` or
 * a URL elsewhere, and not the sign-in page itself), else the workspace.
 */
export function returnTarget(search: string): string {
  const target = new URLSearchParams(search).get(returnParameter) ?? '';
  if (
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\') ||
    target.startsWith('/staff/accesso')
  )
    return '/staff';
  return target;
}
