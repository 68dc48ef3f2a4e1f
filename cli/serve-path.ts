/**
 * What file a request to `renda serve` may name: a pure decision on the raw request target, made
 * before the file system is touched. Anything odd is refused rather than repaired: browsers send
 * clean paths, so a `..`, an encoded slash or a malformed escape is a probe, never a visitor.
 */

export type RequestPath =
  | { ok: true; /** Decoded path segments, none empty, `.` or `..`. */ segments: string[]; /** The path ends in `/` (a folder's index). */ folder: boolean; /** The raw path and query, for redirects. */ pathname: string; query: string }
  | { ok: false; status: 400 | 404; reason: string };

const refuse = (status: 400 | 404, reason: string): RequestPath => ({ ok: false, status, reason });

export function requestPath(target: string): RequestPath {
  // Origin form only: "/path?query". Not "http://host/…" (proxies), not "*", not "//host/…".
  if (!target.startsWith('/') || target.startsWith('//')) return refuse(400, 'not a path on this server');
  const queryAt = target.search(/[?#]/);
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  // Visible ASCII only: browsers percent-encode everything else.
  if (!/^[\x21-\x7e]*$/.test(target)) return refuse(400, 'the path or query has spaces, control or non-ASCII characters');
  if (/%(2f|5c|00)/i.test(pathname)) return refuse(400, 'the path has an encoded slash, backslash or NUL');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return refuse(400, 'the path has a malformed %-escape');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return refuse(400, 'the path has a backslash or a control character');
  const parts = decoded.split('/').slice(1);
  const folder = parts.at(-1) === '';
  const segments = folder ? parts.slice(0, -1) : parts;
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return refuse(400, 'the path has an empty, "." or ".." segment');
    // Hidden files (the output's .renda-build marker, an editor's leftovers) are not part of the site.
    if (segment.startsWith('.')) return refuse(404, 'hidden files are not served');
  }
  return { ok: true, segments, folder, pathname, query };
}
