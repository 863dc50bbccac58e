import { UnitOfWork } from '@app/core';
import { type SourceMatter } from '@app/legislation';
import { TestingModule } from '@nestjs/testing';
import { createLegislationContext } from '../../support/app';
import { DataSource, In } from 'typeorm';
import { ActionVoteEntity } from '../../../libs/legislation/src/entities/action-vote.entity';
import { MatterActionEntity } from '../../../libs/legislation/src/entities/matter-action.entity';
import { MatterAttachmentEntity } from '../../../libs/legislation/src/entities/matter-attachment.entity';
import { MatterSponsorEntity } from '../../../libs/legislation/src/entities/matter-sponsor.entity';
import { MatterEntity } from '../../../libs/legislation/src/entities/matter.entity';
import { MatterRepository } from '../../../libs/legislation/src/repositories/matter.repository';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { sourced } from '../../support/factories/matter.factory';
import { readCapture } from '../../support/fixtures/captures';

const CAPTURE = 'matter-detail-SO2025-0019977.json';

/** n copies of the real matter under their own ids and record numbers (the shape is eLMS's, the values a clone's). */
function clones(n: number): SourceMatter[] {
  const real = readCapture<SourceMatter>(CAPTURE);
  return Array.from({ length: n }, (_, i) => ({
    ...real,
    matterId: `C10E0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    recordNumber: `O2099-${String(i).padStart(7, '0')}`,
  }));
}

describe(MatterRepository.name, () => {
  let db: TestDatabase;
  let app: TestingModule;
  let repo: MatterRepository;
  let ds: DataSource;
  const write = <T>(work: (tx: Parameters<Parameters<UnitOfWork['transaction']>[0]>[0]) => Promise<T>) =>
    app.get(UnitOfWork).transaction(work);
  const counts = async (matterId: string) =>
    (
      await ds.query(
        `SELECT m.id, m.title, (SELECT count(*)::int FROM matter_action a WHERE a.matter_id = m.id) AS actions,
                (SELECT count(*)::int FROM action_vote v JOIN matter_action a ON a.id = v.action_id WHERE a.matter_id = m.id) AS votes,
                (SELECT count(*)::int FROM matter_sponsor s WHERE s.matter_id = m.id) AS sponsors,
                (SELECT count(*)::int FROM matter_attachment t WHERE t.matter_id = m.id) AS attachments
           FROM matter m WHERE m.matter_id = $1`,
        [matterId],
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createLegislationContext(db);
    repo = app.get(MatterRepository);
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('upsertManyFromSource', () => {
    it('stores a real matter with its actions, sponsors and attachments, trimming eLMS padding', async () => {
      const real = readCapture<SourceMatter>(CAPTURE);
      const padded = { ...real, matterId: ` ${real.matterId} `, recordNumber: `${real.recordNumber}  ` };
      const [id] = await write((tx) => repo.upsertManyFromSource([sourced(padded)], tx));
      expect(await counts(real.matterId)).toEqual({
        id,
        title: real.title!.trim(),
        actions: real.actions!.length,
        votes: 0,
        sponsors: real.sponsors!.length,
        attachments: real.attachments!.length,
      });
      expect(await ds.query(`SELECT record_number AS "recordNumber" FROM matter WHERE id = $1`, [id])).toEqual([
        { recordNumber: 'SO2025-0019977' },
      ]);
    });

    it('keeps the row of a matter it has seen and replaces its children, never doubling them', async () => {
      const real = readCapture<SourceMatter>(CAPTURE);
      const before = await counts(real.matterId);
      const vote = { voterName: 'Lopez, Raymond A.', personId: '0AD4F54F-FC88-EC11-8D20-001DD804FD38', vote: 'Yea' };
      const changed = {
        ...real,
        title: 'A new title',
        actions: [
          { ...real.actions![0], votes: [vote, { ...vote, voterName: 'Dowell, Pat', personId: 'B66788C7-FA88-EC11-8D20-001DD804FD38' }] },
        ],
        attachments: [],
      };
      const [id] = await write((tx) => repo.upsertManyFromSource([sourced(changed)], tx));
      expect(id).toBe(before.id);
      expect(await counts(real.matterId)).toEqual({ ...before, title: 'A new title', actions: 1, votes: 2, attachments: 0 });
      expect(await ds.query(`SELECT count(*)::int AS n FROM matter`)).toEqual([{ n: 1 }]);
    });

    it('writes more matters than one statement holds (batches of 500), returning every row id', async () => {
      const docs = clones(1200);
      const ids = await write((tx) =>
        repo.upsertManyFromSource(
          docs.map((d) => sourced(d)),
          tx,
        ),
      );
      expect(new Set(ids).size).toBe(1200);
      const [{ matters, actions }] = await ds.query(
        `SELECT count(DISTINCT m.id)::int AS matters, count(a.id)::int AS actions FROM matter m LEFT JOIN matter_action a ON a.matter_id = m.id
          WHERE m.record_number LIKE 'O2099-%'`,
      );
      expect([matters, actions]).toEqual([1200, 1200 * docs[0].actions!.length]);
    });

    it('writes nothing for an empty batch and rolls back with the caller’s transaction', async () => {
      expect(await write((tx) => repo.upsertManyFromSource([], tx))).toEqual([]);
      const doc = clones(1)[0];
      const rolledBack = { ...doc, matterId: 'C10E0000-0000-4000-8000-FFFFFFFFFFFF', recordNumber: 'O2099-9999999' };
      await expect(
        write(async (tx) => {
          await repo.upsertManyFromSource([sourced(rolledBack)], tx);
          throw new Error('the rest of the sync failed');
        }),
      ).rejects.toThrow('the rest of the sync failed');
      expect(await counts(rolledBack.matterId)).toBeUndefined();
    });
  });

  describe('saveStages', () => {
    const AT = new Date('2026-07-16T21:00:00Z');
    const stageOf = async (id: string) =>
      (await ds.query(`SELECT stage, stage_since AS since, stage_computed_at AS "computedAt" FROM matter WHERE id = $1`, [id]))[0];

    it('writes changed stages only and returns them with the stage they replace', async () => {
      const [a, b] = (
        await ds.query(`SELECT id FROM matter WHERE record_number IN ('O2099-0000001', 'O2099-0000002') ORDER BY record_number`)
      ).map((r: { id: string }) => r.id);
      const since = new Date('2026-07-15T05:00:00Z');
      await write((tx) =>
        repo.saveStages(
          [
            { id: a, stage: 'IN_COMMITTEE', since, committees: ['Committee on Finance'], holds: null, nextMeeting: null },
            { id: b, stage: 'IN_COMMITTEE', since, committees: ['Committee on Finance'], holds: null, nextMeeting: null },
          ],
          1,
          AT,
          tx,
        ),
      );
      const later = new Date(AT.getTime() + 60_000);
      const changed = await write((tx) =>
        repo.saveStages(
          [
            { id: a, stage: 'IN_COMMITTEE', since, committees: ['Committee on Finance'], holds: null, nextMeeting: null }, // unchanged: not written
            { id: b, stage: 'PASSED', since: new Date('2026-07-20T05:00:00Z'), committees: null, holds: null, nextMeeting: null },
          ],
          1,
          later,
          tx,
        ),
      );
      expect(changed).toEqual([
        {
          id: b,
          recordNumber: 'O2099-0000002',
          stage: 'PASSED',
          since: new Date('2026-07-20T05:00:00Z'),
          previous: 'IN_COMMITTEE',
          moved: true,
        },
      ]);
      expect(await stageOf(a)).toEqual({ stage: 'IN_COMMITTEE', since, computedAt: AT });
      expect(await stageOf(b)).toMatchObject({ stage: 'PASSED', computedAt: later });
      // A new "since" alone is a change too (the stage was re-entered).
      const moved = await write((tx) =>
        repo.saveStages(
          [{ id: a, stage: 'IN_COMMITTEE', since: later, committees: ['Committee on Finance'], holds: null, nextMeeting: null }],
          1,
          later,
          tx,
        ),
      );
      expect(moved.map((r) => [r.id, r.previous, r.moved])).toEqual([[a, 'IN_COMMITTEE', true]]);
    });

    it('rewrites a stage whose committees, next meeting or rules changed, without calling it moved', async () => {
      const a = (await ds.query(`SELECT id FROM matter WHERE record_number = 'O2099-0000001'`))[0].id as string;
      const since = new Date('2026-07-15T05:00:00Z');
      const meeting = new Date('2026-08-01T15:00:00Z');
      const row = { id: a, stage: 'IN_COMMITTEE', since, committees: ['Committee on Finance'], holds: null, nextMeeting: null };
      await write((tx) => repo.saveStages([row], 1, AT, tx));
      const joint = await write((tx) =>
        repo.saveStages([{ ...row, committees: ['Committee on Finance', 'Committee on Zoning'] }], 1, AT, tx),
      );
      const scheduled = await write((tx) =>
        repo.saveStages([{ ...row, stage: 'ON_AGENDA', since: null, holds: meeting, nextMeeting: 'M-1' }], 1, AT, tx),
      );
      const newRules = await write((tx) =>
        repo.saveStages([{ ...row, stage: 'ON_AGENDA', since: null, holds: meeting, nextMeeting: 'M-1' }], 2, AT, tx),
      );
      expect([joint, scheduled, newRules].map((w) => w.map((r) => r.moved))).toEqual([[false], [true], [false]]);
      expect(
        (await ds.query(`SELECT stage_committees AS c, stage_holds_until AS h, stage_rules AS r FROM matter WHERE id = $1`, [a]))[0],
      ).toEqual({ c: ['Committee on Finance'], h: meeting, r: 2 });
    });

    it('handles more rows than one statement takes (batches of 1000)', async () => {
      const ids: string[] = (await ds.query(`SELECT id FROM matter WHERE record_number LIKE 'O2099-%' ORDER BY id`)).map(
        (r: { id: string }) => r.id,
      );
      const changed = await write((tx) =>
        repo.saveStages(
          ids.map((id) => ({ id, stage: 'ON_AGENDA', since: null, committees: null, holds: null, nextMeeting: null })),
          1,
          AT,
          tx,
        ),
      );
      expect(changed).toHaveLength(1200);
      expect(await ds.query(`SELECT count(*)::int AS n FROM matter WHERE stage = 'ON_AGENDA'`)).toEqual([{ n: 1200 }]);
      expect(
        await write((tx) =>
          repo.saveStages(
            ids.map((id) => ({ id, stage: 'ON_AGENDA', since: null, committees: null, holds: null, nextMeeting: null })),
            1,
            AT,
            tx,
          ),
        ),
      ).toEqual([]);
    });
  });

  describe('child lists', () => {
    it('reads actions, roll calls, sponsors and attachments as TypeORM would, in order, for several matters at once', async () => {
      const real = readCapture<SourceMatter>(CAPTURE);
      const vote = { voterName: 'Lopez, Raymond A.', personId: '0AD4F54F-FC88-EC11-8D20-001DD804FD38', vote: 'Yea' };
      const [a, b] = clones(2).map((m, i) => ({
        ...m,
        actions: m.actions!.map((x, j) => ({ ...x, votes: j === 0 ? [vote, { ...vote, voterName: `Voter ${i}`, vote: null }] : [] })),
      }));
      const ids = await write((tx) => repo.upsertManyFromSource([sourced(a), sourced(b)], tx));
      const order = { matterId: 'ASC', ordinal: 'ASC' } as const;
      const actions = await repo.listActionsByMatterIds(ids);
      expect(actions).toHaveLength(real.actions!.length * 2);
      expect(actions).toEqual(await ds.manager.find(MatterActionEntity, { where: { matterId: In(ids) }, order }));
      expect(actions.some((x) => x.actionDate instanceof Date)).toBe(true);
      const actionIds = actions.map((x) => x.id);
      const votes = await repo.listVotesByActionIds(actionIds);
      expect(votes.map((v) => v.voterName)).toEqual(expect.arrayContaining(['Lopez, Raymond A.', 'Voter 0', 'Voter 1']));
      expect(votes).toEqual(
        await ds.manager.find(ActionVoteEntity, { where: { actionId: In(actionIds) }, order: { actionId: 'ASC', ordinal: 'ASC' } }),
      );
      expect(await repo.listSponsorsByMatterIds(ids)).toEqual(
        await ds.manager.find(MatterSponsorEntity, { where: { matterId: In(ids) }, order }),
      );
      expect(await repo.listAttachmentsByMatterIds(ids)).toEqual(
        await ds.manager.find(MatterAttachmentEntity, { where: { matterId: In(ids) }, order }),
      );
      expect(await repo.listActionsByMatterIds([])).toEqual([]);
    });

    it('reads matters by record number as TypeORM would, locked inside a transaction when asked', async () => {
      const numbers = clones(2).map((m) => m.recordNumber!);
      const typeorm = await ds.manager.find(MatterEntity, { where: { recordNumber: In(numbers) }, order: { id: 'ASC' } });
      expect(typeorm).toHaveLength(2);
      expect(typeorm[0].relations).toEqual(expect.any(Array));
      expect(await repo.findByRecordNumbers(numbers)).toEqual(typeorm);
      expect(await write((tx) => repo.findByRecordNumbers(numbers, tx, true))).toEqual(typeorm);
    });
  });
});
