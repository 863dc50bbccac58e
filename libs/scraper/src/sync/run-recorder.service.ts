import { AppConfig, JobLockLostError, OutboundTargetRefusedError } from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CodeSourceError, DocumentSyncError } from '../code/code-source.errors';
import { ElmsError, ElmsSchemaError } from '../elms';
import { SystemicDriftError } from './quarantine';
import { ScrapeRunEntity } from '../entities/scrape-run.entity';
import { DataIntegrityService } from '../services/data-integrity.service';
import { RunCounts, ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { ELMS_CLIENTS, ElmsClients } from './elms-client.factory';

export class RunInterruptedError extends Error {
  readonly code = 'INTERRUPTED';
  constructor() {
    super('The run was stopped before it finished; rerun to resume.');
  }
}

export interface RunContext {
  run: ScrapeRunEntity;
  counts: RunCounts;
  warnings: string[];
  /** eLMS requests made by this run so far. */
  requests(): number;
}

export interface RunSummary extends RunCounts {
  runId: string;
  kind: string;
  /** `partial`: stored what it read but quarantined some records. */
  status: 'succeeded' | 'partial';
  warnings: string[];
}

/**
 * @description Every run is a row: started, finished, status, counts and, on failure, a coded error
 * naming what went wrong (for a drifted response, the field paths). Failures are re-thrown.
 */
@Injectable()
export class RunRecorder {
  private readonly logger = new Logger(RunRecorder.name);

  constructor(
    private readonly runs: ScrapeRunRepository,
    @Inject(ELMS_CLIENTS) private readonly clients: ElmsClients,
    private readonly integrity: DataIntegrityService,
    private readonly config: AppConfig,
  ) {}

  async record(
    kind: string,
    params: Record<string, unknown>,
    work: (ctx: RunContext) => Promise<void>,
    cursor: Record<string, unknown> | null = null,
  ): Promise<RunSummary> {
    const run = await this.runs.start(kind, params, cursor);
    const startRequests = this.clients.fetcher.requestCount;
    const ctx: RunContext = {
      run,
      counts: { requests: 0, fetched: 0, created: 0, updated: 0, unchanged: 0, quarantined: 0 },
      warnings: [],
      requests: () => this.clients.fetcher.requestCount - startRequests,
    };
    // While it runs, the row keeps its request count and heartbeat current: a process killed
    // mid-run leaves what it spent, and /health sees a long run progressing, not stalled.
    const beat = setInterval(() => {
      this.runs
        .heartbeat(run.id, ctx.requests())
        .catch((err: unknown) => this.logger.warn(`${kind} ${run.id} heartbeat failed: ${(err as Error).message}`));
    }, this.config.sync.runHeartbeatMs);
    beat.unref();
    try {
      await work(ctx);
      clearInterval(beat);
      ctx.counts.requests = ctx.requests();
      // What this run leaves is what /health expects to find from now on.
      await this.integrity.recordAfterRun();
      await this.runs.finish(run.id, ctx.counts, ctx.warnings);
      const status = ctx.counts.quarantined > 0 ? 'partial' : 'succeeded';
      this.logger.log(`${kind} ${run.id} ${status}: ${JSON.stringify(ctx.counts)}`);
      return { runId: run.id, kind, status, warnings: ctx.warnings, ...ctx.counts };
    } catch (err) {
      clearInterval(beat);
      ctx.counts.requests = ctx.requests();
      const error = describeError(err);
      await this.runs.fail(
        run.id,
        err instanceof RunInterruptedError || err instanceof JobLockLostError ? 'interrupted' : 'failed',
        ctx.counts,
        error,
      );
      this.logger.error(`${kind} ${run.id} failed: [${error.code}] ${error.message}${bodyForLog(err)}`);
      throw err;
    }
  }
}

/**
 * What a failed run row says. The row is public (GraphQL `scrapeRuns`), so it carries no response
 * body: a source or a redirect target could put anything there. Bodies go to the log only.
 */
/** Adds what one committed step wrote to the run's counts. */
export function addWriteCounts(
  counts: RunCounts,
  c: { fetched: number; created: number; updated: number; unchanged: number; quarantined: number },
): void {
  counts.fetched += c.fetched;
  counts.created += c.created;
  counts.updated += c.updated;
  counts.unchanged += c.unchanged;
  counts.quarantined += c.quarantined;
}

export function describeError(err: unknown): { code: string; message: string; detail: Record<string, unknown> } {
  if (err instanceof ElmsSchemaError)
    return { code: err.code, message: err.message, detail: { url: err.url, issues: err.issues.slice(0, 50) } };
  if (err instanceof ElmsError) {
    const { url, ...rest } = err as ElmsError & Record<string, unknown>;
    const detail: Record<string, unknown> = { url };
    for (const [k, v] of Object.entries(rest)) if (['status', 'bodyLength', 'attempts'].includes(k)) detail[k] = v;
    return { code: err.code, message: err.message, detail };
  }
  if (err instanceof RunInterruptedError) return { code: err.code, message: err.message, detail: {} };
  if (err instanceof JobLockLostError) return { code: err.code, message: err.message, detail: { job: err.job } };
  if (err instanceof SystemicDriftError) return { code: err.code, message: err.message, detail: err.detail };
  if (err instanceof OutboundTargetRefusedError) return { code: 'FETCH_REFUSED', message: err.message, detail: { refusal: err.code } };
  if (err instanceof CodeSourceError) return { code: err.code, message: err.message, detail: { url: err.url } };
  if (err instanceof DocumentSyncError) return { code: err.code, message: err.message, detail: { failures: err.failures } };
  const e = err instanceof Error ? err : new Error(String(err));
  return { code: 'INTERNAL', message: e.message, detail: { name: e.name } };
}

/** The start of a response body, for the operator's log (never the run row). */
function bodyForLog(err: unknown): string {
  const e = err as { bodySnippet?: unknown; snippet?: unknown };
  const body = typeof e?.bodySnippet === 'string' ? e.bodySnippet : typeof e?.snippet === 'string' ? e.snippet : '';
  return body ? `; body: ${JSON.stringify(body.slice(0, 300))}` : '';
}
