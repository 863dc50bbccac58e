import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { JOBS } from '@app/core';
import { AmendmentService, CodeModule } from '@app/code';
import { extractMarkedText, ScraperModule, SyncJobsService } from '@app/scraper';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findProjectRoot } from '../apps/replay/src';
import { BenchCheckError } from './bench-run';

/** The issue's bound for rendering chapter 2-173's redline page. */
export const REDLINE_BUDGET_MS = 50;

export interface LatencyStats {
  name: string;
  median: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function sequential(name: string, url: string, runs: number, expect: (body: string) => boolean): Promise<LatencyStats> {
  const times: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200 || !expect(body)) throw new BenchCheckError(`${name}: HTTP ${res.status}, ${body.slice(0, 200)}`);
    if (i >= 20) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { name, median: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/**
 * Reads chapter 2-173 from the replay's code pages and the committed test PDF (an amendment of
 * 2-173-020, -025, -030) as the legislation file of a stored matter, then times GET of its redline
 * page one request at a time, against GET /health in the same run.
 */
export async function benchRedlinePage(app: INestApplication, baseUrl: string, recordNumber: string, runs = 200): Promise<LatencyStats[]> {
  await app.select(ScraperModule).get(SyncJobsService).run(JOBS.codeSync);
  const [matter] = await app.get(DataSource).query(`SELECT id FROM matter WHERE record_number = $1`, [recordNumber]);
  const pdf = readFileSync(path.join(findProjectRoot(), 'test/support/documents/o2023-0004222-amendment.pdf'));
  const amendments = app.select(CodeModule).get(AmendmentService);
  const { documentId } = await amendments.storeDocument({
    matterId: matter.id,
    url: 'https://occprodstoragev1.blob.core.usgovcloudapi.net/matterattachmentspublic/bench.pdf',
    fileName: 'bench.pdf',
    contentType: 'application/pdf',
    bytes: pdf,
    document: await extractMarkedText(pdf, 'application/pdf'),
    fetchedAt: new Date(),
  });
  await amendments.computeForDocument(documentId);
  const page = `${baseUrl}/matters/${encodeURIComponent(recordNumber)}/redline`;
  return [
    await sequential('GET /health', `${baseUrl}/health`, runs, () => true),
    await sequential('GET /matters/:n/redline (inline)', page, runs, (b) => b.includes('id="2-173-020"') && b.includes('<ins>')),
    await sequential('GET /matters/:n/redline?view=side', `${page}?view=side`, runs, (b) => b.includes('side-by-side')),
  ];
}

export function reportRedline(stats: LatencyStats[]): boolean {
  const [base, ...pages] = stats;
  console.log('');
  console.log('Redline page of chapter 2-173 (one request at a time, 200 runs after 20 warm-up):');
  for (const s of stats) {
    const ratio = s === base ? '' : `  (${(s.median / base!.median).toFixed(1)}x /health)`;
    console.log(`  ${s.name.padEnd(36)} median ${s.median.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms${ratio}`);
  }
  const ok = pages.every((s) => s.p95 < REDLINE_BUDGET_MS);
  console.log(`  under ${REDLINE_BUDGET_MS} ms at p95: ${ok ? 'yes' : 'NO'}`);
  return ok;
}
