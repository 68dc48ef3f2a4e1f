/**
 * The desk's one stylesheet, served from `/staff/desk.css` (the desk's CSP allows styles from the
 * server only: no inline style). The site's colours; sizes in rem so the browser's text size and
 * the 大字 switch (a class on <html>) scale everything; targets at least 44 px (60 px in large text).
 */
export const DESK_CSS = `:root { color-scheme: light dark; --accent: #a4161a; --text: #1f1f1f; --muted: #555; --bg: #fff; --line: #d0d0d0; --soft: #f6f3f0; }
@media (prefers-color-scheme: dark) { :root { --accent: #f28b82; --text: #ececec; --muted: #b0b0b0; --bg: #161618; --line: #444; --soft: #222226; } }
html { font-size: 112.5%; }
html.large { font-size: 150%; }
body { margin: 0; font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.6; color: var(--text); background: var(--bg); }
header { border-bottom: 4px solid var(--accent); padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; }
header .brand { font-weight: 700; font-size: 1.2rem; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.3; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
a { color: var(--accent); font-weight: 600; }
a, button, input[type=submit] { min-height: 44px; }
html.large a, html.large button, html.large input, html.large select, html.large textarea { min-height: 60px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
label { display: block; font-weight: 600; margin-top: 0.75rem; }
label.check { font-weight: 400; display: flex; gap: 0.5rem; align-items: center; }
input, select, textarea, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 0.4rem 0.6rem; box-sizing: border-box; }
textarea { width: 100%; min-height: 6rem; }
input[type=text], input[type=password], input[type=search], select { max-width: 100%; min-width: 12rem; }
button { background: var(--accent); color: #fff; border: none; font-weight: 700; padding: 0.5rem 1.25rem; cursor: pointer; margin-top: 0.75rem; }
.secondary { background: var(--soft); color: var(--text); border: 1px solid var(--line); }
.filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; background: var(--soft); padding: 0.5rem 1rem 1rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--line); }
.table { overflow-x: auto; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
.excerpt { max-width: 28rem; overflow-wrap: anywhere; }
.notice { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.5rem 1rem; }
.error { border-left-color: #b00020; font-weight: 600; }
.status-new { font-weight: 700; color: var(--accent); }
.steps { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
.steps form, .decisions form { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem 1rem; }
.reference { font-size: 1.3rem; font-weight: 700; letter-spacing: 0.05em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.inline { display: inline; }
.inline button { margin: 0; }
`;
