// The pack's stylesheet, inlined into the HTML: system fonts only (nothing to download), A4 print
// rules, and RAG shown as words in bordered badges so it survives a greyscale printer.
export const MEETING_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --red: #a4161a; --amber: #8a5300; --green: #1e6b34; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
p, ul { margin: .35rem 0; }
.meta { color: var(--muted); }
.note { border-left: 4px solid var(--amber); padding: .3rem .6rem; background: #fff7e6; }
.counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .5rem; margin: .5rem 0 1rem; padding: 0; }
.count { border: 1px solid var(--rule); border-radius: 4px; padding: .4rem .6rem; }
.count dt { font-size: .8rem; color: var(--muted); }
.count dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.count.bad dd { color: var(--red); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num, th.num { text-align: right; }
.pair { display: flex; gap: 1.5rem; flex-wrap: wrap; }
.pair table { width: auto; min-width: 14rem; }
.rag { display: inline-block; font-weight: 700; font-size: .8rem; letter-spacing: .04em; padding: .05rem .4rem; border: 2px solid; border-radius: 3px; }
.rag-red { color: var(--red); background: #fde8e8; border-style: solid; }
.rag-amber { color: var(--amber); background: #fff3d6; border-style: dashed; }
.rag-green { color: var(--green); background: #e3f4e8; border-style: dotted; }
.rule-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
.item { border: 1px solid var(--rule); border-radius: 4px; padding: .5rem .75rem; margin: .6rem 0; }
.item h3 { margin-top: 0; }
.overdue { font-weight: 700; color: var(--red); }
.misses { font-weight: 700; }
figure.chart { margin: .8rem 0 1.2rem; }
figure.chart figcaption { font-size: .9rem; margin-bottom: .3rem; }
svg.trend { width: 100%; max-width: 36rem; height: auto; display: block; }
svg.trend text { font-family: inherit; font-size: 11px; fill: #222; }
svg.trend .axis-label { font-size: 11px; fill: #444; }
svg.trend .good-zone { fill: #e3f4e8; }
svg.trend .grid { stroke: #ddd; stroke-width: 1; }
svg.trend .axis { stroke: #333; stroke-width: 1; }
svg.trend .goal { stroke: #111; stroke-width: 1.5; stroke-dasharray: 6 4; }
svg.trend .goal-label { font-weight: 700; }
svg.trend .line { fill: none; stroke: #1f4e8c; stroke-width: 2; }
svg.trend .point.meets { fill: #1f4e8c; }
svg.trend .point.misses { fill: #fff; stroke: var(--red); stroke-width: 2.5; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, .item, .count, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.major { break-before: auto; }
  #measurements { break-before: page; page-break-before: always; }
}
`;
