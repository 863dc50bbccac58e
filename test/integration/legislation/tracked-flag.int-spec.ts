import { CoreModule } from '@app/core';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { RULE_MATCHES_MATTER } from '../../../libs/legislation/src/repositories/tracking-match.sql';
import { createTestDatabase, TestDatabase } from '../../support/db';

/** Titles from the 2026-07-15 agenda and the chapter-rule cases; record numbers shaped like eLMS's. */
const MATTERS: [string, string | null, string][] = [
  ['O2023-0004222', null, 'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance'],
  ['SO2025-0019977', 'O2023-0004222', 'Zoning Reclassification Map No. 4-J at 3615-3621 W 16th St'],
  ['O2025-0000001', null, 'Amendment of Municipal Code Section 2-173-020 and 2-173-042'],
  ['O2025-0000002', null, 'Amendment of Chapter 12-173 and Section 2-1730-010'],
  ['R2025-0000003', null, 'Call for hearing on Welcoming City'],
  ['Or2025-0000004', null, 'Residential permit parking zone on 100% of N Kimball_Ave'],
  ['A2025-0000005', null, 'Issuance of permits for sign(s)/signboard(s) at 6720 W Grand Ave'],
];

/** matter.tracked (kept by migration MatterTrackedFlag's triggers) always equals the rule match, on both databases. */
describe('the stored tracked flag', () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let ds: DataSource;

  const flagged = async () =>
    ((await ds.query(`SELECT record_number AS n FROM matter WHERE tracked ORDER BY 1`)) as { n: string }[]).map((r) => r.n);
  const matched = async () =>
    (
      (await ds.query(
        `SELECT record_number AS n FROM matter m WHERE EXISTS (SELECT 1 FROM tracking_rule r WHERE ${RULE_MATCHES_MATTER}) ORDER BY 1`,
      )) as { n: string }[]
    ).map((r) => r.n);
  const expectFlags = async (expected: string[]) => {
    expect(await matched()).toEqual([...expected].sort());
    expect(await flagged()).toEqual([...expected].sort());
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ctx = await Test.createTestingModule({ imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite })] }).compile();
    ds = ctx.get(DataSource);
    for (const [n, original, title] of MATTERS) {
      await ds.query(
        `INSERT INTO matter (matter_id, record_number, original_record_number, title, content_hash, fetched_at) VALUES ($1, $1, $2, $3, 'h', now())`,
        [n, original, title],
      );
    }
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
  });

  it('is set on insert from the seeded rules (record number and substitutes, chapter, keyword)', async () => {
    await expectFlags(['O2023-0004222', 'SO2025-0019977', 'O2025-0000001', 'R2025-0000003']);
  });

  it('follows a matter retitled into and out of a rule', async () => {
    await ds.query(`UPDATE matter SET title = 'Amendment of Chapter 2-173' WHERE record_number = 'A2025-0000005'`);
    await expectFlags(['O2023-0004222', 'SO2025-0019977', 'O2025-0000001', 'R2025-0000003', 'A2025-0000005']);
    await ds.query(`UPDATE matter SET title = 'Issuance of permits' WHERE record_number = 'A2025-0000005'`);
    await expectFlags(['O2023-0004222', 'SO2025-0019977', 'O2025-0000001', 'R2025-0000003']);
  });

  it('follows rules added, changed and removed, with LIKE characters taken literally', async () => {
    await ds.query(`INSERT INTO tracking_rule (kind, value) VALUES ('title_keyword', '100% of N Kimball_Ave'), ('code_chapter', '12-173')`);
    await expectFlags(['O2023-0004222', 'SO2025-0019977', 'O2025-0000001', 'R2025-0000003', 'Or2025-0000004', 'O2025-0000002']);
    await ds.query(`UPDATE tracking_rule SET value = '9-64' WHERE value = '12-173'`);
    await expectFlags(['O2023-0004222', 'SO2025-0019977', 'O2025-0000001', 'R2025-0000003', 'Or2025-0000004']);
    await ds.query(`DELETE FROM tracking_rule WHERE kind = 'record_number'`);
    await expectFlags(['O2023-0004222', 'O2025-0000001', 'R2025-0000003', 'Or2025-0000004']);
    await ds.query(`DELETE FROM tracking_rule WHERE kind = 'code_chapter'`);
    // Still tracked by the "Welcoming City" keyword.
    await expectFlags(['O2023-0004222', 'R2025-0000003', 'Or2025-0000004']);
  });

  it('clears when the rules are truncated', async () => {
    await ds.query(`TRUNCATE tracking_rule`);
    await expectFlags([]);
  });
});
