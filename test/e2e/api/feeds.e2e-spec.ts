import ICAL from 'ical.js';
import request from 'supertest';
import { MatterQueryService } from '@app/legislation';
import { resyncMatter, resyncMeeting } from '../../support/factories/resync.factory';
import { COUNCIL_2025_01_15_MEETING_ID, O2023_0004222_TITLE } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

/** The real 2026-07-15 City Council meeting (SO2025-0019977 passed there; nothing on its agenda is tracked). */
const COUNCIL_2026_07_15_START = '2026-07-15T15:00:00.000Z';

function parseCalendar(text: string): any {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  expect(vcalendar.name).toBe('vcalendar');
  return vcalendar;
}

const iso = (t: any): string => t.toJSDate().toISOString();
/** C0 controls and DEL in `text`, but those `allowed`. */
const controls = (text: string, allowed: string): string[] =>
  [...text].filter((ch) => (ch < ' ' || ch === '\u007F') && !allowed.includes(ch));

describe('calendar and Atom feeds', () => {
  let s: SyntheticApp;
  const get = (path: string) =>
    request(s.app.getHttpServer())
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  beforeAll(async () => {
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'));
  }, 180_000); // poll and backfill of the replayed captures; slow on a busy two-core machine

  afterAll(async () => {
    await s?.close();
  });

  it('GET /feeds/tracked.ics: exactly the 2025-01-15 City Council meeting, with the public-comment deadline as an alarm', async () => {
    const res = await get('/feeds/tracked.ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const cal = parseCalendar(res.body);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('America/Chicago');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Chicago legislation: tracked matters');

    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1); // no untracked meeting (e.g. 2026-07-15, with SO2025-0019977 on its agenda)
    const ev = events[0];
    expect(ev.getFirstPropertyValue('uid')).toBe(`meeting-${COUNCIL_2025_01_15_MEETING_ID}@chicago-legislation-tracker`);
    expect(iso(ev.getFirstPropertyValue('dtstart'))).toBe('2025-01-15T16:00:00.000Z');
    expect(iso(ev.getFirstPropertyValue('dtend'))).toBe('2025-01-15T18:00:00.000Z');
    expect(ev.getFirstPropertyValue('summary')).toBe('City Council: O2023-0004222 on the agenda');
    expect(ev.getFirstPropertyValue('location')).toContain('121 North LaSalle');
    expect(ev.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const description: string = ev.getFirstPropertyValue('description');
    expect(description).toContain(`O2023-0004222: ${O2023_0004222_TITLE}`);
    expect(description).toContain('Public comment deadline: Wednesday, January 15, 2025 at 9:00 AM CST');

    const alarms = ev.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarms[0].getFirstProperty('trigger');
    expect(trigger.type).toBe('date-time'); // absolute: AT the deadline, not relative to the start
    expect(iso(trigger.getFirstValue())).toBe('2025-01-15T15:00:00.000Z');
    expect(alarms[0].getFirstPropertyValue('description')).toContain('Public comment deadline');

    // Parsed by ical.js as an event too, which checks the event's own shape.
    const event = new ICAL.Event(ev);
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-01-15T16:00:00.000Z');
  });

  it("GET /feeds/matters/:n.ics: one matter's meetings, tracked or not; 404 JSON for a malformed or unknown number", async () => {
    const tracked = await get('/feeds/matters/o2023-0004222.ics');
    expect(tracked.status).toBe(200);
    expect(tracked.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const trackedEvents = parseCalendar(tracked.body).getAllSubcomponents('vevent');
    expect(trackedEvents.map((e: any) => e.getFirstPropertyValue('uid'))).toEqual([
      `meeting-${COUNCIL_2025_01_15_MEETING_ID}@chicago-legislation-tracker`,
    ]);
    expect(parseCalendar(tracked.body).getFirstPropertyValue('x-wr-calname')).toBe('Chicago legislation: O2023-0004222');

    // Not tracked, but the feed of one matter lists its meetings anyway.
    const untracked = await get('/feeds/matters/SO2025-0019977.ics');
    expect(untracked.status).toBe(200);
    const [ev, ...rest] = parseCalendar(untracked.body).getAllSubcomponents('vevent');
    expect(rest).toEqual([]);
    expect(iso(ev.getFirstPropertyValue('dtstart'))).toBe(COUNCIL_2026_07_15_START);
    expect(ev.getFirstPropertyValue('summary')).toBe('City Council: SO2025-0019977 on the agenda');
    expect(iso(ev.getFirstSubcomponent('valarm').getFirstPropertyValue('trigger'))).toBe('2026-07-15T14:00:00.000Z');

    for (const bad of ['NOPE', 'O2099-0000001']) {
      const res = await request(s.app.getHttpServer()).get(`/feeds/matters/${bad}.ics`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ statusCode: 404, code: bad === 'NOPE' ? 'INVALID_RECORD_NUMBER' : 'MATTER_NOT_FOUND' });
    }
  });

  it('marks a cancelled meeting CANCELLED and, with no deadline, reminds a day before', async () => {
    try {
      await resyncMeeting(s.app, COUNCIL_2025_01_15_MEETING_ID, (m) => ({ ...m, publicCommentDeadline: null }));
      let ev = parseCalendar((await get('/feeds/tracked.ics')).body).getFirstSubcomponent('vevent');
      const trigger = ev.getFirstSubcomponent('valarm').getFirstProperty('trigger');
      expect(trigger.type).toBe('duration');
      expect(trigger.getFirstValue().toSeconds()).toBe(-24 * 60 * 60);
      expect(ev.getFirstPropertyValue('description')).toContain('Public comment deadline: not published');

      await resyncMeeting(s.app, COUNCIL_2025_01_15_MEETING_ID, (m) => ({ ...m, publicCommentDeadline: null, status: 'Cancelled' }));
      ev = parseCalendar((await get('/feeds/tracked.ics')).body).getFirstSubcomponent('vevent');
      expect(ev.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(ev.getFirstPropertyValue('uid')).toBe(`meeting-${COUNCIL_2025_01_15_MEETING_ID}@chicago-legislation-tracker`);
    } finally {
      await resyncMeeting(s.app, COUNCIL_2025_01_15_MEETING_ID, (m) => m);
    }
  });

  it('escapes text through the library: commas, semicolons, newlines and markup survive a round trip', async () => {
    const nasty = 'Room 201-A; 121 North LaSalle, "Council" <Chamber> & \\ back\nslash';
    try {
      await resyncMeeting(s.app, COUNCIL_2025_01_15_MEETING_ID, (m) => ({ ...m, location: nasty }));
      const ev = parseCalendar((await get('/feeds/tracked.ics')).body).getFirstSubcomponent('vevent');
      expect(ev.getFirstPropertyValue('location')).toBe(nasty);
    } finally {
      await resyncMeeting(s.app, COUNCIL_2025_01_15_MEETING_ID, (m) => m);
    }
  });

  it('a control character in an eLMS title (U+0001, U+000B) is dropped: the Atom feed stays well-formed XML, the calendar plain text', async () => {
    const before = await s.app.get(MatterQueryService).getByRecordNumber('O2023-0004222');
    const dirty = `${before.title!.slice(0, 20)}\u0001${before.title!.slice(20, 40)}\u000B${before.title!.slice(40)}`;
    try {
      await resyncMatter(s.app, 'O2023-0004222', (m) => ({ ...m, title: dirty }));
      expect((await s.app.get(MatterQueryService).getByRecordNumber('O2023-0004222')).title).toBe(dirty);
      const atom: string = (await get('/feeds/tracked.atom')).body;
      expect(controls(atom, '\t\n\r\u007F')).toEqual([]);
      expect(atom).toContain(before.title!.slice(0, 40));
      const ics: string = (await get('/feeds/tracked.ics')).body;
      expect(controls(ics.replace(/\r\n/g, ''), '\t')).toEqual([]);
      const description: string = parseCalendar(ics).getFirstSubcomponent('vevent').getFirstPropertyValue('description');
      expect(description).toContain(`O2023-0004222: ${before.title}`);
    } finally {
      await resyncMatter(s.app, 'O2023-0004222', (m) => m);
    }
  });

  it('GET /feeds/tracked.atom: an Atom feed of changes to tracked matters, newest first, with stable ids', async () => {
    const res = await get('/feeds/tracked.atom');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const xml: string = res.body;
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    // Placement on the 2025-01-15 agenda (published 2025-01-08) and the three actions, newest first.
    expect(entries).toHaveLength(4);
    expect(entries.every((e) => e.includes('O2023-0004222'))).toBe(true);
    expect(entries[0]).toContain('O2023-0004222 on the City Council agenda for Wednesday, January 15, 2025 at 10:00 AM CST');
    expect(entries[0]).toContain(`<id>urn:chicago-legislation-tracker:change:agenda:${COUNCIL_2025_01_15_MEETING_ID}:O2023-0004222</id>`);
    expect(entries[0]).toContain('<updated>2025-01-08T16:05:00.000Z</updated>');
    expect(entries[1]).toContain('O2023-0004222: Re-Referred (City Council)');
    const updated = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]!);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(xml).not.toContain('SO2025-0019977'); // not tracked

    // Ids survive a re-sync, which rewrites action rows with new uuids.
    const ids = (x: string) => [...x.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    const actionIds = async () => (await s.app.get(MatterQueryService).actionsByMatterIds([o2023.id])).map((a) => a.id).sort();
    const o2023 = await s.app.get(MatterQueryService).getByRecordNumber('O2023-0004222');
    const rowsBefore = await actionIds();
    await resyncMatter(s.app, 'O2023-0004222', (m) => ({ ...m, shortTitle: `${m.shortTitle ?? ''} ` }));
    expect(await actionIds()).not.toEqual(rowsBefore);
    expect(ids((await get('/feeds/tracked.atom')).body)).toEqual(ids(xml));
  });
});
