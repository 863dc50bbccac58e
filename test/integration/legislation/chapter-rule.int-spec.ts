import { CoreModule } from '@app/core';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { chaptersNamedIn, titleNamesChapterSql } from '../../../libs/legislation/src/events/chapters-named';
import { createTestDatabase, TestDatabase } from '../../support/db';

const TITLES = [
  'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance',
  'Amendment of Municipal Code Section 2-173-020 and 2-173-042',
  'Amendment of Chapter 12-173 and Section 2-1730-010',
  'Amendment of Municipal Code Sections 4-60-022, 4-60-023 and Chapter 9-64',
  'Ordinance 1-2-173 renumbering',
  'Chapter 2-173.',
  '2-173-A amendment',
  'Zoning reclassification for Map No. 3-G at 1550-1558 N Milwaukee Ave',
  'Call for hearing on Welcoming City',
  '',
];
const CHAPTERS = ['2-173', '12-173', '2-1730', '1-2', '4-60', '9-64', '3-1', '1550-1558', '173-020'];

/** The SQL and the TypeScript halves of the one "title names chapter" rule agree, on both databases. */
describe('the chapter-in-title rule', () => {
  let db: TestDatabase;
  let ctx: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    ctx = await Test.createTestingModule({ imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite })] }).compile();
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
  });

  it('matches in SQL exactly the chapters chaptersNamedIn finds', async () => {
    const ds = ctx.get(DataSource);
    for (const title of TITLES) {
      const named = chaptersNamedIn(title);
      for (const chapter of CHAPTERS) {
        const [row] = await ds.query(`SELECT ${titleNamesChapterSql('$1::text', '$2::text')} AS m`, [title, chapter]);
        expect({ title, chapter, sql: row.m }).toEqual({ title, chapter, sql: named.includes(chapter) });
      }
    }
    expect(chaptersNamedIn(TITLES[3])).toEqual(['4-60', '9-64']);
  });
});
