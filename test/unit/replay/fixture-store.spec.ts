import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FixtureStore, resolveFixturesDir } from '../../../apps/replay/src/fixture-store';
import { startReplayServer } from '../../../apps/replay/src/replay-server';

const REAL_DIR = resolveFixturesDir();
const MATTER_FILE = path.join(REAL_DIR, 'matter-detail-SO2025-0019977.json');
const COUNCIL_FILE = path.join(REAL_DIR, 'meeting-agenda-detail-city-council-2026-07-15.json');

describe('resolveFixturesDir', () => {
  const saved = process.env['ELMS_FIXTURES_DIR'];
  afterEach(() => {
    if (saved === undefined) delete process.env['ELMS_FIXTURES_DIR'];
    else process.env['ELMS_FIXTURES_DIR'] = saved;
  });

  it("defaults to the project's own copies in <project root>/test/fixtures/elms", () => {
    delete process.env['ELMS_FIXTURES_DIR'];
    expect(resolveFixturesDir()).toBe(path.resolve(__dirname, '../../fixtures/elms'));
  });

  it('throws a clear error naming the path and ELMS_FIXTURES_DIR', () => {
    expect(() => resolveFixturesDir('/nonexistent/elms')).toThrow(/\/nonexistent\/elms.*ELMS_FIXTURES_DIR/s);
    process.env['ELMS_FIXTURES_DIR'] = '/also/missing';
    expect(() => FixtureStore.load()).toThrow(/\/also\/missing \(from \$ELMS_FIXTURES_DIR\)/);
  });
});

describe('FixtureStore', () => {
  it('loads the real captures by filename prefix', () => {
    const s = FixtureStore.load().summary();
    expect(s).toMatchObject({ matters: 1, realMatters: 1, meetings: 100, meetingDetails: 1, bodies: 1, persons: 1, voteFiles: 0 });
    expect(s.files).not.toContain(expect.stringMatching(/source\.txt$/));
  });

  it('finds matters by trimmed, case-insensitive record number', () => {
    const store = FixtureStore.load();
    expect(store.getMatterByRecordNumber(' so2025-0019977 ')?.['matterId']).toBe('7D29E6F7-439A-F011-B4CB-001DD802A35E');
    expect(store.getMatterByRecordNumber('   ')).toBeUndefined();
  });

  it('scaleMatters(5000) gives 5000 unique ids, record numbers and publication dates, deterministically', () => {
    const store = FixtureStore.load().scaleMatters(5000);
    const matters = store.matterDetails();
    expect(matters).toHaveLength(5000);
    expect(new Set(matters.map((m) => m.matterId)).size).toBe(5000);
    expect(new Set(matters.map((m) => m.recordNumber)).size).toBe(5000);
    expect(new Set(matters.map((m) => m['lastPublicationDate'])).size).toBe(5000);
    const historyIds = matters.flatMap((m) => (m['actions'] as { historyId: string }[]).map((a) => a.historyId));
    expect(new Set(historyIds).size).toBe(historyIds.length);

    const clone = matters[1]!;
    expect(clone.matterId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(clone.recordNumber).toMatch(/^SO2025-9\d{6}$/);
    // the substitute still points at its original, and relations follow
    expect(clone['originalRecordNumber']).toBe(clone.recordNumber!.slice(1));
    expect(clone['relations']).toEqual([clone.recordNumber]);
    expect(Date.parse(clone['lastPublicationDate'] as string)).toBeLessThan(Date.parse(matters[0]!['lastPublicationDate'] as string));
    // shapes stay real
    expect(Object.keys(clone)).toEqual(Object.keys(matters[0]!));

    const again = FixtureStore.load().scaleMatters(5000).matterDetails();
    expect(again.map((m) => m.matterId)).toEqual(matters.map((m) => m.matterId));
    expect(store.getMatterByRecordNumber(clone.recordNumber!)?.matterId).toBe(clone.matterId);
    // rescaling replaces the clones rather than stacking them
    expect(store.scaleMatters(10).matterDetails()).toHaveLength(10);
  });
});

describe('derived folders (written to a temp dir, never the project)', () => {
  let dir: string;
  const meetingId = 'DF5C52EA-0D6B-F111-A823-001DD8019941';
  const matterId = '7D29E6F7-439A-F011-B4CB-001DD802A35E';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'elms-replay-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves votes from a matter action with that meetingId, and from a votes file', async () => {
    const council = JSON.parse(readFileSync(COUNCIL_FILE, 'utf8')) as { attendance: { votes: unknown[] }[] };
    const realVotes = council.attendance[0]!.votes.slice(0, 3).map((v) => ({ ...(v as object), vote: 'Yea' }));
    const matter = JSON.parse(readFileSync(MATTER_FILE, 'utf8')) as { actions: Record<string, unknown>[] };
    matter.actions[0]!['meetingId'] = meetingId;
    matter.actions[0]!['votes'] = realVotes;
    writeFileSync(path.join(dir, 'matter-detail-x.json'), JSON.stringify(matter));
    writeFileSync(path.join(dir, 'meeting-agenda-detail-x.json'), readFileSync(COUNCIL_FILE));
    const otherMatter = 'B175CDB2-A153-F111-BEC6-001DD8033B18';
    writeFileSync(path.join(dir, `votes-${meetingId}-${otherMatter}.json`), JSON.stringify(realVotes.slice(0, 1)));
    writeFileSync(path.join(dir, 'notes.source.txt'), 'ignored');

    const replay = await startReplayServer({ dir });
    try {
      const fromAction = await (await fetch(`${replay.url}/meeting/${meetingId}/matter/${matterId}/votes`)).json();
      expect(fromAction).toEqual(realVotes);
      const fromFile = await (await fetch(`${replay.url}/meeting-agenda/${meetingId}/matter/${otherMatter}/votes`)).json();
      expect(fromFile).toEqual(realVotes.slice(0, 1));
    } finally {
      await replay.close();
    }
  });

  it('reload() picks up new captures; list-only matters come from matter-list envelopes', async () => {
    writeFileSync(path.join(dir, 'matter-detail-x.json'), readFileSync(MATTER_FILE));
    const replay = await startReplayServer({ dir });
    try {
      const count = async (): Promise<number> =>
        ((await (await fetch(`${replay.url}/matter`)).json()) as { meta: { count: number } }).meta.count;
      expect(await count()).toBe(1);
      const row = {
        ...JSON.parse(readFileSync(MATTER_FILE, 'utf8')),
        matterId: '11111111-2222-3333-4444-555555555555',
        recordNumber: 'O2025-0000001',
        actions: null,
        sponsors: null,
        attachments: null,
      };
      writeFileSync(path.join(dir, 'matter-list-x.json'), JSON.stringify({ data: [row], meta: { skip: 0, top: 100, count: 1, pages: 1 } }));
      replay.reload();
      expect(await count()).toBe(2);
      const detail = (await (await fetch(`${replay.url}/matter/recordNumber/O2025-0000001`)).json()) as { actions: unknown };
      expect(detail.actions).toEqual([]);
    } finally {
      await replay.close();
    }
  });

  it('rejects a capture that does not match its prefix, naming the file', () => {
    writeFileSync(path.join(dir, 'matter-detail-bad.json'), JSON.stringify({ meetingId: 'x' }));
    expect(() => FixtureStore.load(dir)).toThrow(/matter-detail-bad\.json.*matterId/);
  });
});
