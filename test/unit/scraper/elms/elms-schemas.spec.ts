import {
  ELMS_SENTINEL_DATE,
  canonicalJson,
  elmsBodySchema,
  elmsMatterDetailSchema,
  elmsMatterListRowSchema,
  elmsMeetingAgendaDetailSchema,
  elmsMeetingDetailSchema,
  elmsMeetingListRowSchema,
  elmsPersonSchema,
  envelopeSchema,
  formatPath,
} from '../../../../libs/scraper/src/elms';
import { CAPTURES, loadCapture } from './elms-test-helpers';
import { clean, toDate } from '@app/legislation';

describe('eLMS schemas against real captures', () => {
  it('validates the matter detail and keeps every field verbatim', () => {
    const raw = loadCapture(CAPTURES.matterDetail);
    const parsed = elmsMatterDetailSchema.parse(raw);
    expect(parsed).toEqual(raw);
    expect(parsed.actions).toHaveLength(3);
    expect(parsed.timeline?.find((e) => e.eventName === 'SubmittedOn')?.timestamp).toBe(ELMS_SENTINEL_DATE);
  });

  it('accepts null nested collections (list rows, messy details), but not a collection of the wrong type', () => {
    const row = { ...loadCapture(CAPTURES.matterDetail), actions: null, sponsors: null, attachments: null };
    expect(elmsMatterListRowSchema.safeParse(row).success).toBe(true);
    expect(elmsMatterDetailSchema.safeParse(row).success).toBe(true);
    const res = elmsMatterDetailSchema.safeParse({ ...row, actions: 'none' });
    expect(res.error?.issues.map((i) => formatPath(i.path))).toEqual(['actions']);
  });

  it('validates the grouped meeting-agenda detail (473 items, attendance, array videoLink)', () => {
    const raw = loadCapture(CAPTURES.meetingAgendaDetail);
    const parsed = elmsMeetingAgendaDetailSchema.parse(raw);
    expect(parsed).toEqual(raw);
    expect(parsed.agenda?.groups?.[0].items).toHaveLength(473);
    expect(parsed.attendance?.[0].votes).toHaveLength(50);
    expect(Array.isArray(parsed.videoLink)).toBe(true);
    expect(parsed.publicCommentDeadline).toBe('2026-07-15T14:00:00+00:00');
  });

  it('validates the 2023 meeting list envelope (string videoLink, null status/sort, facets)', () => {
    const raw = loadCapture(CAPTURES.meetingList);
    const parsed = envelopeSchema(elmsMeetingListRowSchema).parse(raw);
    expect(parsed.data).toHaveLength(99);
    expect(parsed.meta).toEqual({ skip: 0, top: 100, count: 2809, pages: 29 });
    expect(parsed.facets?.map((f) => f.name)).toEqual(['status', 'body']);
    expect(parsed.data.some((m) => m.status === null)).toBe(true);
  });

  it('validates a /meeting/{id} flat-agenda detail built from the agenda capture', () => {
    const grouped = loadCapture(CAPTURES.meetingAgendaDetail);
    const flat = { ...grouped, agenda: grouped.agenda.groups.flatMap((g: { items: unknown[] }) => g.items) };
    expect(elmsMeetingDetailSchema.parse(flat).agenda).toHaveLength(473);
  });

  it('validates the body row with members and the person row (trailing-space name kept)', () => {
    const body = elmsBodySchema.parse(loadCapture(CAPTURES.body));
    expect(body.members).toHaveLength(4);
    const person = elmsPersonSchema.parse(loadCapture(CAPTURES.person));
    expect(person.displayName).toBe('Zalewski, Michael R. ');
    expect(clean(person.displayName)).toBe('Zalewski, Michael R.');
  });

  it('keeps unknown fields and unknown enum-like values', () => {
    const raw = loadCapture(CAPTURES.matterDetail);
    raw.brandNewField = { nested: [1, 2] };
    raw.status = '9-Something New';
    raw.actions[0].actionName = 'Rule 41 Notice';
    raw.actions[0].votes = [{ voterName: 'Vacant', vote: null, personId: null }];
    const parsed = elmsMatterDetailSchema.parse(raw);
    expect(parsed.brandNewField).toEqual({ nested: [1, 2] });
    expect(parsed.status).toBe('9-Something New');
    expect(parsed.actions?.[0].actionName).toBe('Rule 41 Notice');
    expect(parsed.actions?.[0].votes?.[0].vote).toBeNull();
  });

  it('is lenient with absent or unparseable dates, names and bodies, strict with identity and types', () => {
    const raw = loadCapture(CAPTURES.matterDetail);
    raw.actions[0].actionDate = null;
    raw.actions[1].actionByName = undefined;
    raw.introductionDate = 'yesterday';
    expect(elmsMatterDetailSchema.safeParse(raw).success).toBe(true);

    const wrongType = elmsMatterDetailSchema.safeParse({ ...raw, title: 42 });
    expect(wrongType.error?.issues.map((i) => formatPath(i.path))).toEqual(['title']);
    const { recordNumber: _omit, ...missing } = raw;
    expect(elmsMatterDetailSchema.safeParse(missing).error?.issues.map((i) => formatPath(i.path))).toEqual(['recordNumber']);
    expect(elmsMatterDetailSchema.safeParse({ ...raw, matterId: '  ' }).success).toBe(false);
  });
});

describe('eLMS value normalisation (clean, toDate)', () => {
  it('maps the sentinel date, blanks and garbage to null', () => {
    expect(toDate(ELMS_SENTINEL_DATE)).toBeNull();
    expect(toDate('1900-01-01T00:00:00Z')).toBeNull();
    expect(toDate('')).toBeNull();
    expect(toDate('  ')).toBeNull();
    expect(toDate('not a date')).toBeNull();
    expect(toDate('2025-09-25T05:00:00+00:00')?.toISOString()).toBe('2025-09-25T05:00:00.000Z');
  });

  it('trims and blanks', () => {
    expect(clean('SO2025-0019977 ')).toBe('SO2025-0019977');
    expect(clean('  ')).toBeNull();
    expect(clean(null)).toBeNull();
  });

  it('formats zod paths and canonicalises JSON with sorted keys', () => {
    expect(formatPath(['actions', 2, 'votes', 0, 'vote'])).toBe('actions[2].votes[0].vote');
    expect(formatPath([3, 'x'])).toBe('[3].x');
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});
