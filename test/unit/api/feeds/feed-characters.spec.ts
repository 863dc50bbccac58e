import type { FeedChange, FeedMeeting } from '@app/legislation';
import ICAL from 'ical.js';
import { buildChangesAtom } from '../../../../apps/api/src/feeds/changes-atom';
import { buildMeetingsCalendar } from '../../../../apps/api/src/feeds/meetings-calendar';

/** XML 1.0's Char production: tab, LF, CR, and U+0020 up, less surrogates and U+FFFE/U+FFFF; pairs are one Char. */
function firstNonXmlChar(text: string): number | null {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return c;
  }
  return null;
}

// What the review saw: U+0001 and U+000B in an eLMS title; also U+FFFE, a lone surrogate and DEL, which eLMS could send as well.
const DIRTY = 'Welcoming\u0001 City\u000B amendment \uFFFE\uD800 (\u007F) 🏛';
const CLEAN_XML = 'Welcoming City amendment  (\u007F) 🏛';
const CLEAN_ICS = 'Welcoming City amendment  () 🏛';

const change: FeedChange = {
  kind: 'action',
  key: 'action:1',
  date: new Date('2025-01-08T16:05:00Z'),
  recordNumber: 'O2023-0004222',
  title: DIRTY,
  actionName: `Referred\u0002`,
  actionText: `Text\u0000 with NUL`,
  byName: 'City Council\u001F',
  meetingId: null,
  meetingBody: null,
  meetingDate: null,
  location: null,
  publicCommentDeadline: null,
} as FeedChange;

describe('feeds with characters their formats forbid', () => {
  it('Atom: strips what XML 1.0 forbids, keeps the rest of the text (emoji included)', () => {
    const xml = buildChangesAtom({
      baseUrl: 'http://localhost:3000',
      selfUrl: 'http://localhost:3000/feeds/tracked.atom',
      changes: [change],
      now: new Date('2025-01-10T00:00:00Z'),
    });
    expect(firstNonXmlChar(xml)).toBeNull();
    expect(xml).toContain(CLEAN_XML);
    expect(xml).toContain('O2023-0004222: Referred (City Council)');
    expect(xml).toContain('Text with NUL');
  });

  it('iCalendar: strips control characters (RFC 5545 TEXT) while line breaks stay escaped, and the calendar parses', () => {
    const meeting = {
      meetingId: 'M1',
      bodyName: 'City\u0001 Council',
      date: new Date('2025-01-15T16:00:00Z'),
      status: null,
      location: 'Room\u000B 201\r\nCity Hall',
      agendaUrl: null,
      comment: DIRTY,
      publicCommentDeadline: null,
      matters: [{ recordNumber: 'O2023-0004222', title: DIRTY }],
    } as unknown as FeedMeeting;
    const ics = buildMeetingsCalendar({
      name: 'Tracked\u0001',
      description: 'Meetings\u0008',
      meetings: [meeting],
      now: new Date('2025-01-10T00:00:00Z'),
    });
    const controls = [...ics.replace(/\r\n/g, '')].filter((ch) => (ch < ' ' && ch !== '\t') || ch === '\u007F');
    expect(controls).toEqual([]);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('City Council: O2023-0004222 on the agenda');
    expect(event.getFirstPropertyValue('location')).toBe('Room 201\nCity Hall');
    expect(event.getFirstPropertyValue('description')).toContain(`O2023-0004222: ${CLEAN_ICS}`);
  });
});
