/**
 * The one stylesheet of the published HTML pages, inlined in each page (no external assets, no
 * network). Screen: a readable column; the aligned page two columns, Chinese left. Print (A4):
 * no navigation, no page break right after a heading or inside a segment row, table header
 * repeated on each page, links printed as plain text.
 */
export const PUBLISH_STYLESHEET = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; font: 1.05rem/1.55 "Noto Serif", Georgia, serif; color: #1a1a1a; background: #fff; }
body.aligned { max-width: 72rem; }
nav { font: 0.9rem/1.4 sans-serif; margin-bottom: 1.5rem; }
nav a { margin-right: 1rem; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
.byline, .dateline { font-style: italic; }
.source-title { color: #555; }
table.aligned { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.zh { width: 45%; }
col.en { width: 55%; }
table.aligned th { text-align: left; font: 600 0.85rem sans-serif; border-bottom: 2px solid #333; padding: 0.3rem 0.6rem; }
table.aligned td { vertical-align: top; padding: 0.3rem 0.6rem; border-top: 1px solid #e3e3e3; }
table.aligned td:first-child { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
table.aligned tr.paragraph-start td { border-top: 1px solid #999; }
table.aligned td h1, table.aligned td h2, table.aligned td h3, table.aligned td h4 { margin: 0.4rem 0; }
table.aligned td p { margin: 0; }
abbr.term { text-decoration: underline dotted #8a6d00; cursor: help; }
mark.term { background: #fff3c4; }
.state { display: inline-block; font: 700 0.7rem/1.4 sans-serif; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 0.35rem; border-radius: 0.2rem; margin-right: 0.4rem; }
tr.draft td:last-child { background: #fff8e6; }
tr.fuzzy td:last-child { background: #fdecea; }
tr.missing td:last-child { background: #fdecea; }
.state.draft { background: #f0b429; color: #000; }
.state.fuzzy, .state.missing { background: #c62828; color: #fff; }
p.note { font-size: 0.85rem; color: #444; margin-top: 0.3rem; }
section.footnotes { font-size: 0.9rem; border-top: 1px solid #999; margin-top: 2rem; }
ul.editions { padding-left: 1.2rem; }
ul.editions li { margin-bottom: 0.8rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  nav { display: none; }
  body, body.aligned { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  mark.term { background: none; }
  .state { border: 1px solid #000; }
}
`.trim();
