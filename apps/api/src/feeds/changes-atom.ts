import type { FeedChange } from '@app/legislation';
import { Feed } from 'feed';
import { chicagoDateTimeOrNull } from '@app/core';
import { xmlText } from './feed-text';

const ID_PREFIX = 'urn:chicago-legislation-tracker';

/**
 * `feed` writes entry titles and summaries as `type="html"` CDATA, so their text must be HTML:
 * escaping it here is what makes "A < B & C" read as text (and it keeps "]]>" out of the CDATA,
 * which the XML writer only splits once).
 */
function html(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function changeEntryId(c: Pick<FeedChange, 'key'>): string {
  // Keys are eLMS ids and record numbers; percent-encode anything else so the id stays a valid URI.
  return `${ID_PREFIX}:change:${c.key.replace(/[^A-Za-z0-9:._-]/g, (ch) => encodeURIComponent(ch))}`;
}

function titleOf(c: FeedChange): string {
  if (c.kind === 'agenda') {
    const when = chicagoDateTimeOrNull(c.meetingDate);
    return `${c.recordNumber} on the ${c.meetingBody ?? 'meeting'} agenda${when ? ` for ${when}` : ''}`;
  }
  return `${c.recordNumber}: ${c.actionName ?? 'action'}${c.byName ? ` (${c.byName})` : ''}`;
}

function summaryOf(c: FeedChange): string {
  const lines: string[] = [];
  if (c.title) lines.push(c.title);
  if (c.actionText) lines.push(c.actionText);
  if (c.kind === 'agenda') {
    if (c.location) lines.push(`Location: ${c.location}`);
    if (c.publicCommentDeadline) lines.push(`Public comment deadline: ${chicagoDateTimeOrNull(c.publicCommentDeadline)}`);
  }
  return lines.map(html).join('<br/>');
}

/** An Atom 1.0 feed of changes to tracked matters; `feed` (xml-js) writes and escapes the XML, after xmlText drops what XML cannot hold. */
export function buildChangesAtom(opts: { baseUrl: string; selfUrl: string; changes: FeedChange[]; now: Date }): string {
  const newest = opts.changes.reduce<Date | null>((acc, c) => (acc === null || c.date > acc ? c.date : acc), null);
  const feed = new Feed({
    id: `${ID_PREFIX}:feeds:tracked`,
    title: 'Chicago legislation tracker: tracked matters',
    description: 'Actions on, and agenda placements of, the matters the tracker follows.',
    link: opts.baseUrl,
    feed: opts.selfUrl,
    updated: newest ?? opts.now,
    generator: 'chicago-legislation-tracker',
    copyright: 'Public records of the Office of the City Clerk of Chicago (eLMS)',
  });
  for (const c of opts.changes) {
    feed.addItem({
      id: changeEntryId(c),
      title: html(titleOf(c)),
      link: `${opts.baseUrl}/matters/${encodeURIComponent(xmlText(c.recordNumber))}`,
      date: c.date,
      description: summaryOf(c) || undefined,
      category: [{ term: xmlText(c.recordNumber) }, { term: c.kind === 'agenda' ? 'agenda' : 'action' }],
    });
  }
  return feed.atom1();
}
