import type { Stage } from '@app/legislation';
import { html, HtmlValue, SafeHtml } from './html';
import { formatDate, formatDateTime } from './i18n/format-date';
import type { PageContext } from './page-context';

/**
 * Text as eLMS publishes it (titles, names, action text) is English: on a Spanish page it is marked
 * lang="en" so screen readers pronounce it as English.
 */
export function elmsText(ctx: PageContext, text: string | null | undefined): SafeHtml {
  if (!text) return html``;
  return ctx.lang === 'en' ? html`${text}` : html`<span lang="en">${text}</span>`;
}

export function dateTimeEl(ctx: PageContext, d: Date | null | undefined, withTime: boolean): SafeHtml {
  if (!d) return html``;
  return html`<time datetime="${d.toISOString()}">${withTime ? formatDateTime(d, ctx.lang) : formatDate(d, ctx.lang)}</time>`;
}

/** A button, shown by site.js only, that copies the link to `#id`; its name starts with its visible label (WCAG 2.5.3). */
export function copyLinkButton(ctx: PageContext, id: string, what?: string): SafeHtml {
  const name = what ? `${ctx.t.copyLink}: ${what}` : ctx.t.copyLink;
  return html`<button type="button" class="link-like copy-link" data-copy-link="${id}" data-copied="${ctx.t.linkCopied}" aria-label="${name}" hidden>${ctx.t.copyLink}</button>`;
}

/** A section heading with an anchor, and a copy-link button beside it (outside it, so the heading's name stays its text). */
export function sectionHeading(ctx: PageContext, id: string, text: string): SafeHtml {
  return html`<div class="heading-row"><h2 id="${id}" class="section-anchor">${text}</h2>${copyLinkButton(ctx, id, text)}</div>`;
}

/** Redline marks: underline or strike, plus the words a screen reader says before them. */
export function inserted(ctx: PageContext, content: HtmlValue): SafeHtml {
  return html`<ins><span class="sr-only">${ctx.t.inserted} </span>${content}</ins>`;
}

export function deleted(ctx: PageContext, content: HtmlValue): SafeHtml {
  return html`<del><span class="sr-only">${ctx.t.deleted} </span>${content}</del>`;
}

export function stageBadge(ctx: PageContext, stage: Stage): SafeHtml {
  return html`<span class="stage">${ctx.t.stages[stage] ?? stage}</span>`;
}

/** A "download" section: the CSV and JSON links of one export (never with `lang`: the files are not translated). */
export function downloadLinks(d: {
  heading: string;
  intro: string;
  csv: { href: string; label: string };
  json: { href: string; label: string };
}): SafeHtml {
  return html`<section class="downloads" aria-labelledby="downloads">
<h2 id="downloads">${d.heading}</h2>
<p>${d.intro}</p>
<ul>
<li><a href="${d.csv.href}" download>${d.csv.label}</a></li>
<li><a href="${d.json.href}" download>${d.json.label}</a></li>
</ul>
</section>`;
}
