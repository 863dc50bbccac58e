import { CodeModule } from '@app/code';
import { CoreModule } from '@app/core';
import { LegislationModule } from '@app/legislation';
import { ScraperModule } from '@app/scraper';
import { Test, TestingModule } from '@nestjs/testing';
import type { TestDatabase } from './db';

/** The scraper and its dependencies over a test database, as the worker composes them. */
export async function createScraperContext(db: TestDatabase, now?: () => Date): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite, now }), ScraperModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** The legislative record alone over a test database (no scraper, no HTTP). */
export async function createLegislationContext(db: TestDatabase): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite }), LegislationModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** The code library and the legislative record it reads, over a test database (no scraper, no HTTP). */
export async function createCodeContext(db: TestDatabase): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite }), LegislationModule, CodeModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
