/** The review page's styles (served as /app.css; the CSP allows no inline styles). */
export const STYLES_CSS = `
:root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --accent: #0b5cad; --bg: #f6f7f9;
  --missing: #b3261e; --fuzzy: #9a5b00; --draft: #6b5ca5; --translated: #2f6f3e; --reviewed: #1f5f8b; --approved: #0d6b58; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); background: var(--bg); }
.bar { display: flex; gap: 1.5rem; align-items: center; padding: .5rem 1.25rem; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
.bar h1 { font-size: 1.05rem; margin: 0; }
.bar nav { flex: 1; }
.bar a { color: var(--accent); }
main { padding: 1rem 1.25rem 4rem; max-width: 1280px; margin: 0 auto; }
table.reports { border-collapse: collapse; width: 100%; background: #fff; }
table.reports th, table.reports td { padding: .45rem .6rem; border-bottom: 1px solid var(--line); text-align: left; }
table.reports progress { width: 10rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: center; padding: .6rem .8rem; background: #fff; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 1rem; position: sticky; top: 2.9rem; z-index: 1; }
.toolbar input[type=search] { width: 14rem; }
.toolbar select { max-width: 20rem; }
.toolbar .count { color: var(--muted); margin-left: auto; }
details.keys { font-size: .85rem; color: var(--muted); }
details.keys ul { margin: .3rem 0 0; padding-left: 1.2rem; }
section.paragraph > h3 { font-size: .8rem; color: var(--muted); font-weight: 600; margin: 1.2rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em; }
article.segment { scroll-margin-top: 8.5rem; display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: .7rem .9rem; margin-bottom: .5rem; }
article.segment.current { outline: 2px solid var(--accent); outline-offset: 1px; }
article.segment[data-status=missing] { border-left-color: var(--missing); }
article.segment[data-status=fuzzy] { border-left-color: var(--fuzzy); }
article.segment[data-status=draft] { border-left-color: var(--draft); }
article.segment[data-status=translated] { border-left-color: var(--translated); }
article.segment[data-status=reviewed] { border-left-color: var(--reviewed); }
article.segment[data-status=approved] { border-left-color: var(--approved); }
.zh { font-size: 1.05rem; line-height: 1.8; }
.zh mark.term { background: #fff1b8; border-bottom: 1px dotted #8a6d00; cursor: help; padding: 0 1px; }
.meta { display: flex; gap: .6rem; align-items: center; font-size: .8rem; color: var(--muted); margin-bottom: .3rem; }
.badge { font-weight: 600; padding: 0 .45rem; border-radius: 999px; color: #fff; background: var(--muted); }
.badge.missing { background: var(--missing); } .badge.fuzzy { background: var(--fuzzy); } .badge.draft { background: var(--draft); }
.badge.translated { background: var(--translated); } .badge.reviewed { background: var(--reviewed); } .badge.approved { background: var(--approved); }
textarea.en { width: 100%; min-height: 4.5rem; font: inherit; padding: .4rem .5rem; border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
label.footnote-label { display: block; margin-top: .3rem; font-size: .85rem; color: #555; }
textarea.footnote { display: block; width: 100%; font: inherit; font-size: .9rem; padding: .3rem .5rem; border: 1px dashed var(--line); border-radius: 4px; resize: vertical; }
.actions { display: flex; gap: .4rem; margin: .35rem 0; }
button { font: inherit; font-size: .85rem; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:disabled { opacity: .45; cursor: default; }
.suggestions, .findings, .notes { font-size: .85rem; margin-top: .35rem; }
.suggestions li, .findings li { margin: .2rem 0; }
.suggestions button { margin-right: .4rem; padding: 0 .4rem; }
.findings .error { color: var(--missing); } .findings .warning { color: var(--fuzzy); } .findings .info { color: var(--muted); }
.findings .rule { font-family: ui-monospace, monospace; font-size: .78rem; }
#status { position: fixed; bottom: 1rem; right: 1rem; background: var(--ink); color: #fff; padding: .45rem .8rem; border-radius: 4px; font-size: .85rem; }
#status:empty { display: none; }
#status.error { background: var(--missing); }
[hidden] { display: none !important; }
`;
