import { ElmsBackfillService } from '@app/scraper';
import { startSyntheticScraper, SyntheticScraper } from '../../support/synthetic-scraper';

const RANGE = { from: new Date('2010-01-01'), to: new Date('2030-01-01') };

/**
 * A matter first seen after its agenda was stored gets its stage from its whole lifecycle (the
 * agenda line puts it ON_AGENDA, its own actions would leave it in committee) in the step that
 * inserts it. That is its first stage, not news: no `matter.stage_changed` may go out for it.
 */
describe('a new matter whose agenda placement is already stored', () => {
  let t: SyntheticScraper;

  beforeAll(async () => {
    t = await startSyntheticScraper();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is stored ON_AGENDA by the step that inserts it, and its first stage is not announced as a change', async () => {
    await t.app.get(ElmsBackfillService).backfill(RANGE);
    // As if eLMS had published the matter only after its agenda: the meetings stay, the matter goes.
    await t.ds.query(`DELETE FROM matter WHERE record_number = 'O2023-0004222'`);
    await t.ds.query(`DELETE FROM outbox_event`);

    await t.app.get(ElmsBackfillService).backfill(RANGE);

    const [m] = await t.ds.query(`SELECT stage FROM matter WHERE record_number = 'O2023-0004222'`);
    // Its own actions leave it in the Rules committee; the stored agenda line puts it on the agenda.
    expect(m).toEqual({ stage: 'ON_AGENDA' });
    const types = (await t.ds.query(`SELECT type FROM outbox_event WHERE subject = 'O2023-0004222'`)).map((r: any) => r.type);
    expect(types).not.toContain('matter.stage_changed');
  });
});
