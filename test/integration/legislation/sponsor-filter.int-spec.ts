import { CoreModule } from '@app/core';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { escapeLike, matterFilterConditions } from '../../../libs/legislation/src/repositories/matter-filter.sql';
import { createTestDatabase, TestDatabase } from '../../support/db';

/** Names from the 2026-07-15 roll, plus one with LIKE characters (synthetic: no captured name has them). */
const MATTERS: [string, string | null, [string | null, string | null][]][] = [
  ['O2025-0000001', 'Hadden, Maria E.', [['Hadden, Maria E.', '101']]],
  [
    'O2025-0000002',
    'Office of the Mayor',
    [
      ['Lopez, Raymond A.', '102'],
      ['Hadden, Maria E.', '101'],
    ],
  ],
  ['O2025-0000003', null, [['Sigcho-Lopez, Byron', '103']]],
  ['O2025-0000004', 'Vasquez, Jr., Andre', [[null, '104']]],
  ['O2025-0000005', null, [['50% Club_Name', '105']]],
  ['O2025-0000006', null, []],
];
const INPUTS = ['Hadden', 'hadden', 'lopez', 'Lopez, R', 'Vasquez', '101', '104', '50%', '50% Club_Name', '_', '%', 'Nobody', 'Mayor'];

/** The sponsor filter (distinct names through the name index) selects what a plain ILIKE per sponsor row does. */
describe('the sponsor filter', () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ctx = await Test.createTestingModule({ imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite })] }).compile();
    ds = ctx.get(DataSource);
    for (const [n, filing, sponsors] of MATTERS) {
      const [{ id }] = await ds.query(
        `INSERT INTO matter (matter_id, record_number, filing_sponsor, content_hash, fetched_at) VALUES ($1, $1, $2, 'h', now()) RETURNING id`,
        [n, filing],
      );
      for (const [i, [name, person]] of sponsors.entries()) {
        await ds.query(`INSERT INTO matter_sponsor (matter_id, ordinal, sponsor_name, person_id) VALUES ($1, $2, $3, $4)`, [
          id,
          i,
          name,
          person,
        ]);
      }
    }
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
  });

  it('matches filing sponsors, sponsor names (substring, any case, LIKE characters literal) and person ids', async () => {
    for (const input of INPUTS) {
      const [c] = matterFilterConditions({ sponsor: input });
      const [sql, params] = ds.driver.escapeQueryWithParameters(
        `SELECT m.record_number AS n FROM matter m WHERE ${c.sql} ORDER BY 1`,
        c.params,
      );
      const got = ((await ds.query(sql, params)) as { n: string }[]).map((r) => r.n);
      const plain = (
        (await ds.query(
          `SELECT m.record_number AS n FROM matter m WHERE m.filing_sponsor ILIKE $1 OR EXISTS (
             SELECT 1 FROM matter_sponsor sp WHERE sp.matter_id = m.id AND (sp.sponsor_name ILIKE $1 OR sp.person_id = $2)) ORDER BY 1`,
          [`%${escapeLike(input)}%`, input],
        )) as { n: string }[]
      ).map((r) => r.n);
      expect({ input, got }).toEqual({ input, got: plain });
    }
    const [c] = matterFilterConditions({ sponsor: 'lopez' });
    const [sql, params] = ds.driver.escapeQueryWithParameters(
      `SELECT m.record_number AS n FROM matter m WHERE ${c.sql} ORDER BY 1`,
      c.params,
    );
    expect(((await ds.query(sql, params)) as { n: string }[]).map((r) => r.n)).toEqual(['O2025-0000002', 'O2025-0000003']);
  });
});
