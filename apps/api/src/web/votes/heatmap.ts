import type { AlderAgreementRecord, AlderPairAgreement } from '@app/legislation';
import { html, SafeHtml } from '../html';
import type { VotesLabels } from '../i18n/votes-labels';

/** Five bins of a sequential blue scale (ColorBrewer Blues), light = rarely alike, dark = mostly alike. */
export const AGREEMENT_BINS: readonly { from: number; to: number; fill: string }[] = [
  { from: 0, to: 0.2, fill: '#deebf7' },
  { from: 0.2, to: 0.4, fill: '#9ecae1' },
  { from: 0.4, to: 0.6, fill: '#6baed6' },
  { from: 0.6, to: 0.8, fill: '#3182bd' },
  { from: 0.8, to: 1, fill: '#08519c' },
];
const NO_DATA = '#ffffff';
const SELF = '#bdbdbd';
const CELL = 14;
const LABEL = 180;

export function binOf(rate: number): (typeof AGREEMENT_BINS)[number] {
  return AGREEMENT_BINS.find((b) => rate < b.to) ?? AGREEMENT_BINS[AGREEMENT_BINS.length - 1];
}

export type PairLookup = (a: string, b: string) => AlderPairAgreement | undefined;

/**
 * The agreement matrix as an SVG drawn on the server: no script, colours as attributes (the pages' CSP
 * forbids inline styles). It is an image with a title and description; every square also has a <title>
 * (a tooltip), and the page follows it with a table of the same numbers for screen readers and print.
 */
export function heatmapSvg(
  l: VotesLabels,
  alders: readonly AlderAgreementRecord[],
  pair: PairLookup,
  percent: (rate: number) => string,
): SafeHtml {
  const size = LABEL + alders.length * CELL;
  const cells = alders.map((row, i) =>
    alders.map((col, j) => {
      const [x, y] = [LABEL + j * CELL, LABEL + i * CELL];
      if (i === j) return html`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${SELF}"/>`;
      const p = pair(row.personId, col.personId);
      const fill = p && p.rate !== null ? binOf(p.rate).fill : NO_DATA;
      const title =
        p && p.rate !== null ? l.cellTitle(row.name, col.name, p.agreed, p.together, percent(p.rate)) : l.cellNone(row.name, col.name);
      return html`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${fill}" stroke="#c9ced6" stroke-width="0.5"><title>${title}</title></rect>`;
    }),
  );
  const rowLabels = alders.map(
    (a, i) => html`<text x="${LABEL - 4}" y="${LABEL + i * CELL + CELL - 3}" text-anchor="end">${a.name}</text>`,
  );
  const colLabels = alders.map((a, j) => {
    const x = LABEL + j * CELL + CELL - 3;
    return html`<text x="${x}" y="${LABEL - 4}" transform="rotate(-90 ${x} ${LABEL - 4})">${a.name}</text>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="heatmap-title heatmap-desc" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-size="11" font-family="system-ui, sans-serif" fill="#1b1b1b">
<title id="heatmap-title">${l.heatmapTitle}</title>
<desc id="heatmap-desc">${l.heatmapDesc}</desc>
<g>${rowLabels}</g><g>${colLabels}</g><g>${cells}</g>
</svg>`;
}

/** The colour key, as a list (text and swatches), so it reads without the chart. */
export function heatmapLegend(l: VotesLabels, percent: (rate: number) => string): SafeHtml {
  const swatch = (fill: string) =>
    html`<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${fill}" stroke="#5a6270"/></svg>`;
  return html`<ul class="heatmap-legend" aria-label="${l.legendHeading}">
${AGREEMENT_BINS.map((b) => html`<li>${swatch(b.fill)} ${l.legendBin(percent(b.from), percent(b.to))}</li>`)}
<li>${swatch(NO_DATA)} ${l.legendNone}</li>
</ul>`;
}
