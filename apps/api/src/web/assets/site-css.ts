/**
 * The site's one stylesheet, served as a static file (see assets.ts). Kept as a TS string because the
 * build is plain `tsc`, which copies no non-TS files into dist. Contrast: body text 17:1, links 7:1,
 * header 12:1, every other pair (notes, badges, redline marks, focus) at least 7:1; WCAG AA needs
 * 4.5:1. Meaning is never carried by colour alone: insertions are underlined, deletions struck, and
 * both carry screen-reader text.
 */
export const SITE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; }
.wrap { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
main { display: block; padding: 1.5rem 0 3rem; }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 1.75rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-top: .5rem; border-top: 1px solid #c9ced6; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, li, dd, td, th { overflow-wrap: anywhere; }
a { color: #0b57a4; text-underline-offset: .15em; }
a:visited { color: #5b2a86; }
a:hover { text-decoration-thickness: 3px; }

/* Focus: a yellow block with a dark underline reads on every background, light or dark. */
a:focus-visible { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }

/* The skip link's target takes focus only to move the reading position; it needs no ring. */
main[tabindex="-1"]:focus { outline: none; box-shadow: none; }
.skip-link { position: absolute; left: -10000px; top: 0; padding: .5rem 1rem; background: #ffdd00; color: #0b0c0c; z-index: 10; }
.skip-link:focus, .skip-link:focus-visible { left: 1rem; top: .5rem; }
.demo-banner { margin: 0; padding: .5rem 1rem; background: #ffdd00; color: #0b0c0c; text-align: center; border-bottom: 2px solid #0b0c0c; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }

.site-header { background: #12365c; color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
.site-header a, .site-header a:visited { color: #fff; }
.site-name { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; }

.site-footer { border-top: 1px solid #c9ced6; background: #f4f5f7; color: #333a44; font-size: .925rem; padding: 1.25rem 0 2rem; }
.site-footer a { color: #0b4f94; }
.site-footer ul { padding-left: 1.25rem; }

.lede { font-size: 1.1rem; color: #333a44; }
.note { color: #48505c; font-size: .925rem; }
.record-number { font-variant-numeric: tabular-nums; white-space: nowrap; }

form.search { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5rem; margin: 1rem 0 1.5rem; }
form.search .field { display: flex; flex-direction: column; flex: 1 1 20rem; }
form.search label { font-weight: 600; }
form.search .hint { color: #48505c; font-size: .9rem; }
input[type="search"] { font: inherit; padding: .5rem .6rem; border: 2px solid #5a6270; border-radius: 0; min-width: 0; }
/* /search: filters fold away (details works without script); matches are marked by weight and a background, not colour alone. */
form.search details.filters { flex: 1 1 100%; }
form.search details.filters summary { cursor: pointer; font-weight: 600; color: #0b4f94; }
form.search .filter-fields { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin-top: .5rem; }
form.search .filter-fields .field { flex: 1 1 14rem; }
form.search input:not([type="search"]), form.search select { font: inherit; padding: .4rem .5rem; border: 2px solid #5a6270; border-radius: 0; }
ol.results { padding-left: 1.5rem; }
ol.results > li { margin: 0 0 1.25rem; }
.result-title { font-size: 1.1rem; margin: 0 0 .25rem; }
.result-meta { margin: 0 0 .25rem; color: #333a44; font-size: .925rem; }
.snippet { margin: 0; }
.snippet-source { color: #48505c; font-size: .925rem; }
mark { background: #ffe08a; color: #1a1a1a; font-weight: 600; padding: 0 .1em; }
button, .button { font: inherit; padding: .5rem 1rem; border: 2px solid #12365c; background: #12365c; color: #fff; cursor: pointer; }
button.link-like { padding: .1rem .4rem; border: 1px solid #0b57a4; background: #fff; color: #0b57a4; font-size: .85rem; vertical-align: middle; }

table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #c9ced6; }
thead th { border-bottom: 2px solid #5a6270; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }

dl.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .35rem 1.25rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
@media (max-width: 36rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .5rem; } }

.stage { display: inline-block; padding: .05rem .5rem; border: 1px solid #12365c; border-radius: .25rem; background: #eef3f9; color: #12365c; font-weight: 600; }
.callout { border-left: 6px solid #12365c; background: #eef3f9; padding: .75rem 1rem; margin: 1rem 0; }
.warning { border-left: 6px solid #8a4b00; background: #fff4e5; color: #3d2200; padding: .75rem 1rem; margin: 1rem 0; }

ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid #c9ced6; }
ol.timeline li { position: relative; padding: 0 0 1rem 1.25rem; }
ol.timeline li::before { content: ""; position: absolute; left: -.5rem; top: .45rem; width: .7rem; height: .7rem; border-radius: 50%; background: #12365c; }
ol.timeline time { font-weight: 600; }
details.data-quality { margin: .75rem 0 0; color: #3d4651; font-size: .95rem; }
details.data-quality summary { cursor: pointer; }
.step-detail { display: block; color: #48505c; font-size: .925rem; }

ul.plain { list-style: none; padding: 0; }
ul.plain li { margin: .25rem 0; }
.tally { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }

/* Take action: the call scripts read as quotations to say aloud; each comment window is its own block. */
.take-action h3 { margin-top: 1.5rem; }
figure.call-script { margin: .75rem 0; }
figure.call-script figcaption { font-weight: 600; }
figure.call-script blockquote { margin: .35rem 0 0; padding: .6rem 1rem; border-left: 4px solid #5a6270; background: #f4f5f7; max-width: 70ch; }
ul.comment-windows > li { border-top: 1px solid #c9ced6; padding: .75rem 0; }
.clerk-note { white-space: pre-line; }

/* Redline: the words marked by more than colour (underline, strike) and announced by .sr-only prefixes. */
ins, .ins { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: .15em; background: #e3f3e6; color: #0b3d1c; }
del, .del { text-decoration: line-through; text-decoration-thickness: 2px; background: #fde7e7; color: #6b0f0f; }
.section-anchor { scroll-margin-top: 1rem; }
.heading-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; margin-top: 2.25rem; padding-top: .5rem; border-top: 1px solid #c9ced6; }
.heading-row h2 { margin: 0 0 .75rem; padding: 0; border: 0; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 48rem) { .side-by-side { grid-template-columns: 1fr; } }

/* Redline and code pages: one paragraph per line of the code, two columns side by side on wide screens. */
.code-text p { margin: .4em 0; max-width: 70ch; }
.code-text.drafted { border-left: 4px solid #8a5a00; padding-left: .75rem; }
.omitted { font-style: italic; color: #444; }
.side-by-side { display: grid; grid-template-columns: 1fr; gap: 1rem; }
@media (min-width: 60em) { .side-by-side { grid-template-columns: 1fr 1fr; } }
.side-by-side h3 { margin-top: 0; font-size: 1rem; }
.view-toggle ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
.view-toggle a[aria-current="page"] { font-weight: bold; text-decoration: none; border-bottom: 3px solid currentColor; }
.change { display: inline-block; padding: 0 .4em; border: 1px solid #444; border-radius: 3px; font-size: .9em; }
.flag { color: #6b0f0f; }
.history-note { font-size: .9em; color: #333; }
.legend { font-size: .95em; }
.mismatches { padding-left: 1.2rem; }
.heatmap-scroll, .table-scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
.heatmap-scroll svg { display: block; }
ul.heatmap-legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; }
ul.heatmap-legend svg { vertical-align: middle; }
table.matrix th, table.matrix td { padding: .2rem .35rem; font-size: .85rem; white-space: nowrap; }
table.votes th { overflow-wrap: normal; }
form.range { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .75rem; margin: 1rem 0; }
form.range fieldset { display: flex; flex-wrap: wrap; gap: .75rem; border: 0; padding: 0; margin: 0; }
form.range legend { font-weight: 600; }
form.range .field { display: flex; flex-direction: column; }
input[type="date"] { font: inherit; padding: .4rem .5rem; border: 2px solid #5a6270; border-radius: 0; }
dl.definitions dt { font-weight: 600; margin-top: .5rem; }
dl.definitions dd { margin: 0 0 0 1rem; max-width: 70ch; }

@media print {
  @page { margin: 1.5cm; }
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #000; background: #fff; }
  .skip-link, .site-header nav, form.search, .copy-link, .site-footer .feeds, .pager { display: none !important; }
  .site-header { background: none; color: #000; border-bottom: 1px solid #000; }
  .site-header a, .site-header a:visited { color: #000; }
  .wrap { max-width: none; padding: 0; }
  a, a:visited { color: #000; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 85%; overflow-wrap: anywhere; }
  h2, h3 { break-after: avoid; page-break-after: avoid; border-top: 0; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  .stage, .callout, .warning { background: none; border-color: #000; color: #000; }
  ins, .ins { background: none; color: #000; }
  del, .del { background: none; color: #000; }
  .view-toggle, form.compare, form.range { display: none !important; }
  .heatmap-scroll, .table-scroll { overflow: visible; }
  .side-by-side { grid-template-columns: 1fr 1fr; }
}
`;
