import type { EnactmentRef, SectionHistory, SectionHistoryStep } from '@app/code';
import { elmsText, sectionHeading } from '../fragments';
import { html, SafeHtml } from '../html';
import { formatDate } from '../i18n/format-date';
import { HISTORY_LABELS, HistoryLabels } from '../i18n/history-labels';
import { renderPage } from '../layout';
import { localHref, matterPath, PageContext } from '../page-context';
import { hunkParagraphs, textParagraphs } from '../redline/hunk-paragraphs';
import { paragraphsMarkup } from '../redline/redline-markup';
import { codePath } from './code.page';

export function historyPath(number: string): string {
  return `/code/${encodeURIComponent(number)}/history`;
}

/** A Journal date (a calendar day, YYYY-MM-DD) in the page's language. */
function day(ctx: PageContext, d: string | null): SafeHtml {
  if (!d) return html``;
  return html`<time datetime="${d}">${formatDate(new Date(`${d}T12:00:00Z`), ctx.lang)}</time>`;
}
const dayText = (ctx: PageContext, d: string | null) => (d ? formatDate(new Date(`${d}T12:00:00Z`), ctx.lang) : null);

function matterLink(ctx: PageContext, e: EnactmentRef | null, l: HistoryLabels): SafeHtml {
  return e ? html`<a href="${localHref(ctx, matterPath(e.recordNumber))}">${e.recordNumber}</a>` : html`${l.noRecord}`;
}

function chainSummary(ctx: PageContext, l: HistoryLabels, h: SectionHistory): string {
  if (h.complete) return l.chainComplete;
  return h.broken
    ? `${l.chainBrokenAt(dayText(ctx, h.broken.entry.date) ?? h.broken.entry.raw)}: ${l.status[h.broken.status]}`
    : l.chainEnds;
}

function downloadsSection(ctx: PageContext, l: HistoryLabels, number: string): SafeHtml {
  const base = historyPath(number);
  return html`<section aria-labelledby="download">
<h2 id="download">${l.exportHeading}</h2>
<ul><li><a href="${base}.csv" download>${l.exportCsv}</a></li><li><a href="${base}.json" download>${l.exportJson}</a></li></ul>
</section>`;
}

/** `/code/:chapter/history`: every section, how far back its wording was rebuilt and where it stops. */
export function renderChapterHistoryPage(ctx: PageContext, chapter: string, histories: SectionHistory[]): string {
  const l = HISTORY_LABELS[ctx.lang];
  const title = l.chapterTitle(chapter);
  const rows = histories.map((h) => {
    const last = h.versions[0].step;
    return html`<tr>
<th scope="row"><a href="${localHref(ctx, historyPath(h.number))}">${h.number}</a> ${elmsText(ctx, h.current.heading)}</th>
<td>${l.versionsRebuilt(h.versions.length)}</td>
<td>${last ? html`${day(ctx, last.entry.date)} · ${matterLink(ctx, last.enactment, l)}` : '—'}</td>
<td>${chainSummary(ctx, l, h)}</td>
</tr>`;
  });
  const body = html`<h1>${title}</h1>
<p class="lede">${l.intro}</p>
<p><a href="${localHref(ctx, codePath(chapter))}">${l.backToChapter(chapter)}</a></p>
<table>
<thead><tr><th scope="col">${l.colSection}</th><th scope="col">${l.colVersions}</th><th scope="col">${l.colLastChange}</th><th scope="col">${l.colChain}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${downloadsSection(ctx, l, chapter)}`;
  return renderPage(ctx, { title, description: l.description(chapter), body, canonicalPath: historyPath(chapter) });
}

function whoWrote(ctx: PageContext, l: HistoryLabels, h: SectionHistory): SafeHtml {
  const paragraphs: SafeHtml[][] = [[]];
  for (const p of h.attribution) {
    const by = p.enactment ? `${p.enactment.recordNumber}, ${dayText(ctx, p.date) ?? ''}` : l.olderThanChain(dayText(ctx, p.date));
    p.text.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part.trim() === '') return;
      paragraphs[paragraphs.length - 1].push(
        p.enactment
          ? html`<mark class="passage" title="${by}">${part}</mark><a class="passage-source" href="${localHref(ctx, matterPath(p.enactment.recordNumber))}">[${by}]</a>`
          : html`<span class="passage passage-older" title="${by}">${part}</span>`,
      );
    });
  }
  return html`<section aria-labelledby="who-wrote">
<h2 id="who-wrote">${l.whoWroteHeading}</h2>
<p>${l.whoWroteIntro}</p>
${paragraphs.filter((p) => p.length > 0).map((p) => html`<p class="code-paragraph">${p}</p>`)}
</section>`;
}

function stepLine(ctx: PageContext, l: HistoryLabels, s: SectionHistoryStep): SafeHtml {
  return html`<p class="history-step history-${s.status.toLowerCase()}">${l.citation}: <span lang="en">${s.entry.raw}</span> · ${l.enactedBy}: ${matterLink(ctx, s.enactment, l)} · ${l.status[s.status]}</p>`;
}

/** A wording rewritten whole differs in every paragraph: the first few say enough (the download and GraphQL have all). */
const MISMATCHES_SHOWN = 3;

function broken(ctx: PageContext, l: HistoryLabels, s: SectionHistoryStep | null): SafeHtml | null {
  if (!s) return null;
  return html`<section class="notice warning" aria-labelledby="broken">
<h2 id="broken">${l.brokenHeading}</h2>
${stepLine(ctx, l, s)}
${s.candidates.length > 0 ? html`<p>${l.candidates}: ${s.candidates.map((c, i) => html`${i > 0 ? ', ' : ''}${matterLink(ctx, c, l)}`)}</p>` : null}
${s.mismatches.length > MISMATCHES_SHOWN ? html`<p>${l.moreMismatches(MISMATCHES_SHOWN, s.mismatches.length)}</p>` : null}
${s.mismatches.slice(0, MISMATCHES_SHOWN).map(
  (m) => html`<dl class="mismatch"><dt>${l.inTextOnly}</dt><dd lang="en">${
    m.differingWords
      .filter((w) => w.op === 'missing')
      .map((w) => w.text)
      .join(' ') || '—'
  }</dd>
<dt>${l.inOrdinanceOnly}</dt><dd lang="en">${
    m.differingWords
      .filter((w) => w.op === 'unexpected')
      .map((w) => w.text)
      .join(' ') || '—'
  }</dd></dl>`,
)}
</section>`;
}

/** `/code/:section/history`: who wrote each passage, then every wording known, newest first, with its redline. */
export function renderSectionHistoryPage(ctx: PageContext, h: SectionHistory): string {
  const l = HISTORY_LABELS[ctx.lang];
  const title = l.sectionTitle(h.number, h.current.heading);
  const versions = h.versions.map((v, i) => {
    const id = `v${h.versions.length - i}`;
    const change = v.redline
      ? html`<p>${v.step?.addedSection ? l.addedWhole : l.redlineFromPrevious} (${l.wordsChanged(v.insertedWords, v.deletedWords)})</p>
${paragraphsMarkup(ctx, hunkParagraphs(v.redline, 'both'))}`
      : html`<p>${l.earlierUnknown}</p>${paragraphsMarkup(ctx, textParagraphs(v.text, 'equal'))}`;
    return html`<section class="history-version" aria-labelledby="${id}">
${sectionHeading(ctx, id, `${l.versionHeading(dayText(ctx, v.step?.entry.date ?? null))}${i === 0 ? ` (${l.currentVersion})` : ''}: ${v.heading}`)}
${v.step ? stepLine(ctx, l, v.step) : null}
${change}
</section>`;
  });
  const body = html`<h1>${title}</h1>
<p class="lede">${l.intro}</p>
<p><a href="${localHref(ctx, historyPath(h.chapterNumber))}">${l.chapterTitle(h.chapterNumber)}</a> · <a href="${localHref(ctx, codePath(h.chapterNumber))}#${h.number}">${l.backToChapter(h.chapterNumber)}</a></p>
<p>${l.colChain}: ${chainSummary(ctx, l, h)}.</p>
${broken(ctx, l, h.broken)}
${whoWrote(ctx, l, h)}
<section aria-labelledby="versions"><h2 id="versions">${l.timelineHeading}</h2>
${versions}
</section>
${downloadsSection(ctx, l, h.number)}`;
  return renderPage(ctx, { title, description: l.description(h.number), body, canonicalPath: historyPath(h.number) });
}
