import type { MarkedRun } from '@app/code';
import { deleted, inserted } from '../fragments';
import { html, SafeHtml } from '../html';
import type { PageContext } from '../page-context';
import type { Segment } from './hunk-paragraphs';

function segment(ctx: PageContext, s: Segment): SafeHtml {
  if (s.op === 'insert') return inserted(ctx, s.text);
  if (s.op === 'delete') return deleted(ctx, s.text);
  return html`${s.text}`;
}

/** Paragraphs of a section with marked words; the code's text is English, so it says so on Spanish pages. */
export function paragraphsMarkup(ctx: PageContext, paragraphs: Segment[][]): SafeHtml {
  return html`<div class="code-text"${ctx.lang === 'en' ? null : html` lang="en"`}>${paragraphs.map((p) => html`<p>${p.map((s) => segment(ctx, s))}</p>`)}</div>`;
}

/** A section as the ordinance drafts it: struck runs deleted, underlined runs inserted. */
export function draftedMarkup(
  ctx: PageContext,
  paragraphs: { runs: MarkedRun[]; omittedBefore: boolean }[],
  omittedAfter: boolean,
  omittedLabel: string,
): SafeHtml {
  const omitted = html`<p class="omitted">${omittedLabel}</p>`;
  return html`<div class="code-text drafted"${ctx.lang === 'en' ? null : html` lang="en"`}>${paragraphs.map(
    (p) =>
      html`${p.omittedBefore ? omitted : null}<p>${p.runs.map((r) => (r.mark === 'strike' ? deleted(ctx, r.text) : r.mark === 'underline' ? inserted(ctx, r.text) : html`${r.text}`))}</p>`,
  )}${omittedAfter ? omitted : null}</div>`;
}
