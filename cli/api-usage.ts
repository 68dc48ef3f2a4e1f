/** The participation API's lines in `renda --help` (kept apart so the CLI loads the server only when asked to run it). */
export const API_USAGE = `  renda api    [--content DIR | --site DIR] [--out DIR] [--data DIR] [--port N] [--host ADDR] [--origin URL ...] [--trust-proxy]
                                                              run the participation API (polls, ratings, suggestions),
                                                              the message desk (/staff/) and the status lookup (/status/)
  renda staff  add|list|remove|reset --town SLUG --user NAME [--role clerk|station|deputy] …
                                                              the message desk's staff accounts (password on standard input; renda staff --help)
  renda export-submissions [--data DIR] [--format json|csv] [--out FILE] [--town SLUG]
                                                              hand received suggestions to staff (personal data: internal use only)`;

export const API_OPTIONS_USAGE = `  --data DIR      api, export-submissions: folder of the SQLite file (default: data); DATABASE_URL=postgres://… uses PostgreSQL
  --site DIR      api: read towns and votes from a built site's open data instead of --content
  --out DIR       api: rebuild the sites into DIR after each change made at the message desk
  --origin URL    api: a page origin that may call the API; TOWN=URL for one town only; repeat for more
  --trust-proxy   api: behind a reverse proxy, take the client address from X-Forwarded-For
  --format F      export-submissions: json (default) or csv (opens in Excel/WPS)
  --out FILE      export-submissions: write to FILE instead of standard output`;
