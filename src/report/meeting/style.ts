// The pack's stylesheet, inlined into the HTML: system fonts only (nothing to download), A4 print
// rules, and RAG shown as words in bordered badges so it survives a greyscale printer. Ids and dates
// never wrap; charts, their verdicts and notes stay on one page with their caption. No footer: the
// last figure cannot share its page with one, which left a page holding nothing but the footer.
export const MEETING_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4d4d4d; --rule: #c8c8c8; --red: #a4161a; --amber: #7a4a00; --green: #1e6b34; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
h4 { font-size: .95rem; margin: .7rem 0 .25rem; }
p, ul { margin: .35rem 0; }
.meta { color: var(--muted); }
.id, .nw, time { white-space: nowrap; }
.id { font-variant-numeric: tabular-nums; }
.note { border-left: 4px solid var(--amber); padding: .3rem .6rem; background: #fff7e6; }
.alert { border: 2px solid var(--ink); border-left-width: 6px; padding: .4rem .7rem; font-weight: 600; }
.counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .5rem; margin: .5rem 0 1rem; padding: 0; }
.count { border: 1px solid var(--rule); border-radius: 4px; padding: .4rem .6rem; }
.count dt { font-size: .8rem; color: var(--muted); }
.count dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.count.bad dd { color: var(--red); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f0f0; }
td.num, th.num { text-align: right; }
table.groups, table.actions, table.record { font-size: .82rem; }
table.groups td, table.groups th { padding: .25rem .3rem; }
.tally { white-space: nowrap; }
.tally.zero { color: var(--muted); }
.categories li { margin: 0; }
tr.within th { background: #e2e2e2; font-size: .9rem; }
.pair { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; }
.pair table { width: auto; min-width: 14rem; }
.pair .rag-legend { flex: 1 1 14rem; font-size: .85rem; margin-top: 1.6rem; }
.rag { display: inline-block; white-space: nowrap; font-weight: 700; font-size: .8rem; letter-spacing: .04em; padding: .05rem .4rem; border: 2px solid; border-radius: 3px; }
.rag-red { color: var(--red); background: #fde8e8; border-style: solid; }
.rag-amber { color: var(--amber); background: #fff3d6; border-style: dashed; }
.rag-green { color: var(--green); background: #e3f4e8; border-style: dotted; }
.rule-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .78em; color: var(--muted); white-space: nowrap; }
.item { border: 1px solid var(--rule); border-radius: 4px; padding: .5rem .75rem; margin: .6rem 0; }
.item h3 { margin-top: 0; }
.categories { margin: 0; padding-left: 1.1rem; }
.overdue { font-weight: 700; color: var(--red); }
.misses { font-weight: 700; }
figure.chart { margin: 1rem 0 1.4rem; }
figure.chart figcaption { font-size: .95rem; margin-bottom: .3rem; }
figure.chart figcaption .id { font-weight: 700; }
.verdict { display: flex; gap: .4rem; align-items: center; margin: .2rem 0 .4rem; }
.verdict p { margin: 0 0 0 .3rem; font-size: .9rem; }
.verdict svg { flex: none; }
.closure-note { border-left: 4px solid var(--ink); padding: .25rem .6rem; font-size: .9rem; background: #f4f4f4; }
svg.spc-chart { display: block; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .item, .count, figure.chart, .verdict, .pair { break-inside: avoid; page-break-inside: avoid; }
  article.plan-action { break-inside: auto; }
  thead { display: table-header-group; }
}
`;
