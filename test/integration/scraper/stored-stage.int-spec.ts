import { MatterLifecycleService, type StageResult } from '@app/legislation';
import { ElmsBackfillService } from '@app/scraper';
import type { EntityManager } from 'typeorm';
import { MatterEntity } from '../../../libs/legislation/src/entities/matter.entity';
import {
  elmsMatterDetailSchema,
  elmsMeetingAgendaDetailSchema,
  elmsMeetingListRowSchema,
} from '../../../libs/scraper/src/elms/elms.schemas';
import { emptyBatch, type FetchedBatch } from '../../../libs/scraper/src/sync/fetched-batch';
import { SyncWriter, type WriteCounts } from '../../../libs/scraper/src/sync/sync-writer.service';
import {
  O2023_0004222_RECORD_NUMBER as RN,
  syntheticCouncilMeeting2025_01_15,
  syntheticMeetingListRow2025_01_15,
  syntheticO2023_0004222Matter,
} from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticScraper, SyntheticScraper } from '../../support/synthetic-scraper';

const RANGE = { from: new Date('2010-01-01'), to: new Date('2030-01-01') };
const MEETING = new Date('2025-01-15T16:00:00Z');

/**
 * A page of matters serves each row's stored stage instead of rebuilding its story, so the stored stage
 * must never be one the live lifecycle would not give: it is derived under the current rules, a write
 * that changes what it derives from marks it stale in its own transaction, and it holds only until the
 * next meeting on the matter's agenda.
 */
describe('stored stages', () => {
  let t: SyntheticScraper;
  let lifecycle: MatterLifecycleService;
  let now = new Date('2025-01-10T18:00:00Z');
  let runId: string;

  const matter = async (rn = RN) => (await t.ds.getRepository(MatterEntity).findOneByOrFail({ recordNumber: rn }))!;
  const live = async (m: MatterEntity): Promise<StageResult> => (await lifecycle.forMatters([m])).get(m.id)!.stage;
  const write = (batch: FetchedBatch): Promise<WriteCounts> =>
    t.ds.transaction((tx: EntityManager) => t.app.get(SyncWriter).write(batch, runId, tx));
  const doc = <T>(data: T, url: string) => ({ data, raw: JSON.stringify(data), url, fetchedAt: now });

  beforeAll(async () => {
    t = await startSyntheticScraper({}, () => now);
    lifecycle = t.app.get(MatterLifecycleService);
    runId = (await t.app.get(ElmsBackfillService).backfill(RANGE)).runId;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('after a backfill, every matter serves the stage its live lifecycle gives', async () => {
    const all = await t.ds.getRepository(MatterEntity).find();
    const lives = await lifecycle.forMatters(all);
    expect(all.length).toBeGreaterThan(1);
    for (const m of all) expect([m.recordNumber, lifecycle.storedStageOf(m)]).toEqual([m.recordNumber, lives.get(m.id)!.stage]);
    // The next step too, from the stored stage and next meeting (what `/` and a page's nextStep show).
    const summaries = await lifecycle.stagesAndNextSteps(all);
    for (const m of all)
      expect([m.recordNumber, summaries.get(m.id)]).toEqual([
        m.recordNumber,
        { stage: lives.get(m.id)!.stage, nextStep: lives.get(m.id)!.nextStep },
      ]);
    expect(summaries.get((await matter()).id)!.nextStep).toMatchObject({ kind: 'MEETING', body: 'City Council', date: MEETING });
    // On the agenda of the 2025-01-15 Council meeting: the stored stage holds until that meeting.
    expect(lifecycle.storedStageOf(await matter())).toMatchObject({ stage: 'ON_AGENDA', since: null, nextMeetingDate: MEETING });
  });

  it('a write that changes a matter marks its stored stage stale in the same transaction; the refresh derives it again', async () => {
    const changed: Record<string, any> = {
      ...syntheticO2023_0004222Matter(),
      title: 'Amendment of Municipal Code Chapter 2-173 (corrected title)',
    };
    const batch = { ...emptyBatch(), matters: [doc(elmsMatterDetailSchema.parse(changed), `/matter/${changed.matterId}`)] };
    const seen: (number | null)[] = [];
    await t.ds.transaction(async (tx) => {
      const c = await t.app.get(SyncWriter).write(batch, runId, tx);
      expect(c.staleStages).toEqual([RN]);
      seen.push(...(await tx.query(`SELECT stage_rules AS r FROM matter WHERE record_number = $1`, [RN])).map((r: any) => r.r));
    });
    expect(seen).toEqual([null]);
    // Committed and not yet refreshed: nothing stored is served, so readers derive it live.
    expect(lifecycle.storedStageOf(await matter())).toBeNull();

    await lifecycle.refreshStages([RN]);
    const m = await matter();
    expect(lifecycle.storedStageOf(m)).toEqual(await live(m));
  });

  it('a meeting moved marks the stages of the matters on its agenda stale, and the refresh moves their next date', async () => {
    const moved = { ...syntheticMeetingListRow2025_01_15(), date: '2025-01-22T16:00:00+00:00' };
    const c = await write({ ...emptyBatch(), meetingRows: [doc(elmsMeetingListRowSchema.parse(moved), '/meeting')] });
    expect(c.staleStages).toContain(RN);
    expect(lifecycle.storedStageOf(await matter())).toBeNull();

    await lifecycle.refreshStages(c.staleStages);
    const m = await matter();
    expect(lifecycle.storedStageOf(m)).toMatchObject({ stage: 'ON_AGENDA', nextMeetingDate: new Date('2025-01-22T16:00:00Z') });
    expect((await lifecycle.stagesAndNextSteps([m])).get(m.id)!.nextStep).toMatchObject({
      kind: 'MEETING',
      date: new Date('2025-01-22T16:00:00Z'),
    });
  });

  it('once the meeting has come the stored stage is not served; the poll finds it due and derives it again', async () => {
    now = new Date('2025-01-23T18:00:00Z');
    const m = await matter();
    expect(lifecycle.storedStageOf(m)).toBeNull();
    expect(await lifecycle.stagesDue()).toEqual([RN]);

    await lifecycle.refreshStages(await lifecycle.stagesDue());
    const after = await matter();
    expect(lifecycle.storedStageOf(after)).toEqual(await live(after));
    expect(lifecycle.storedStageOf(after)?.stage).not.toBe('ON_AGENDA');
    expect(await lifecycle.stagesDue()).toEqual([]);
  });

  it('a meeting whose agenda and notices no longer name a matter marks that matter stale too', async () => {
    const meeting: Record<string, any> = syntheticCouncilMeeting2025_01_15();
    const rescheduled = {
      ...meeting,
      date: '2025-02-05T16:00:00+00:00',
      agenda: {
        ...meeting.agenda,
        groups: meeting.agenda.groups.map((g: any) => ({ ...g, items: g.items.filter((i: any) => i.recordNumber !== RN) })),
      },
      // Nothing the new version names leads to the matter: only what the stored version named does.
      files: meeting.files.filter((f: any) => !String(f.fileName).includes(RN)),
    };
    const c = await write({ ...emptyBatch(), meetingAgendas: [doc(elmsMeetingAgendaDetailSchema.parse(rescheduled), '/meeting-agenda')] });
    expect(c.staleStages).toContain(RN);
    expect(lifecycle.storedStageOf(await matter())).toBeNull();

    await lifecycle.refreshStages(c.staleStages);
    const m = await matter();
    expect(lifecycle.storedStageOf(m)).toEqual(await live(m));
    expect(lifecycle.storedStageOf(m)?.nextMeetingDate).toBeNull();
  });

  it('a matter that leaves a substitute chain marks the stages of the matters it leaves stale', async () => {
    const original: Record<string, any> = syntheticO2023_0004222Matter();
    // synthetic-substitute: derived from the synthetic matter; what changed: matterId, recordNumber (S-prefixed),
    // originalRecordNumber (the original, or null once it leaves), relations (itself) and one "Passed" action.
    const substitute = (originalRecordNumber: string | null) => ({
      ...original,
      matterId: '5A1D0C1E-0000-4000-8000-00000000S422',
      recordNumber: `S${RN}`,
      originalRecordNumber,
      relations: [`S${RN}`],
      actions: [{ ...original.actions[0], matterHistoryId: 'SYN-S-1', actionName: 'Passed', actionDate: '2025-01-20T18:00:00+00:00' }],
    });
    const joined = await write({ ...emptyBatch(), matters: [doc(elmsMatterDetailSchema.parse(substitute(RN)), '/matter/s')] });
    expect(joined.staleStages).toContain(RN);
    await lifecycle.refreshStages([`S${RN}`]);
    expect(lifecycle.storedStageOf(await matter())).toMatchObject({ stage: 'PASSED' });

    const left = await write({ ...emptyBatch(), matters: [doc(elmsMatterDetailSchema.parse(substitute(null)), '/matter/s')] });
    expect(left.staleStages).toEqual(expect.arrayContaining([RN, `S${RN}`]));
    expect(lifecycle.storedStageOf(await matter())).toBeNull();
    await lifecycle.refreshStages(left.staleStages);
    const m = await matter();
    expect(lifecycle.storedStageOf(m)).toEqual(await live(m));
    expect(lifecycle.storedStageOf(m)?.stage).not.toBe('PASSED');
  });
});
