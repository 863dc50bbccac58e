import { AlertDeliveryService } from '@app/alerts';
import { SyncHealthService } from '@app/scraper';
import { WebhookStatsService } from '@app/webhooks';
import { Injectable } from '@nestjs/common';
import { ResponseCache } from '../cache/response-cache.service';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

/**
 * @description Prometheus metrics. Counts that every process writes (runs, quarantine, webhook
 * deliveries, queues) are read from the database at scrape time, so any api process reports for
 * all workers; eLMS requests are this process's own (the worker's, in the default one-process
 * setup; a separate worker serves them on METRICS_PORT).
 */
@Injectable()
export class MetricsService {
  /** Per instance, not prom-client's global registry: tests start several apps in one process. */
  readonly registry = new Registry();

  constructor(sync: SyncHealthService, webhooks: WebhookStatsService, cache: ResponseCache, alerts: AlertDeliveryService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tracker_' });
    const registers = [this.registry];

    new Counter({
      name: 'tracker_response_cache_requests_total',
      help: "This process's response cache by outcome: hit, not_modified (a hit answered 304), miss, bypassed (credentials, mutation path, uncacheable route).",
      labelNames: ['outcome'],
      registers,
      collect() {
        this.reset();
        const s = cache.stats();
        for (const [outcome, n] of [
          ['hit', s.hits],
          ['not_modified', s.notModified],
          ['miss', s.misses],
          ['bypassed', s.bypassed],
        ] as const)
          this.inc({ outcome }, n);
      },
    });
    new Counter({
      name: 'tracker_response_cache_answered_first_total',
      help: "Hits and 304s answered from the HTTP server's request event, ahead of Express and Nest (GETs; part of the hit and not_modified counts).",
      registers,
      collect() {
        this.reset();
        this.inc(cache.stats().answeredFirst);
      },
    });
    new Gauge({
      name: 'tracker_response_cache_bytes',
      help: 'Bytes the response cache holds (bodies and per-entry overhead), bounded by RESPONSE_CACHE_MAX_BYTES.',
      registers,
      collect() {
        this.set(cache.stats().bytes);
      },
    });
    new Gauge({
      name: 'tracker_response_cache_entries',
      help: 'Answers the response cache holds.',
      registers,
      collect() {
        this.set(cache.stats().entries);
      },
    });
    new Counter({
      name: 'tracker_response_cache_evictions_total',
      help: 'Answers evicted to stay under RESPONSE_CACHE_MAX_BYTES (least recently used first).',
      registers,
      collect() {
        this.reset();
        this.inc(cache.stats().evicted);
      },
    });

    new Gauge({
      name: 'tracker_scrape_runs',
      help: 'Scrape runs recorded, by job and status (running, succeeded, partial, failed, interrupted).',
      labelNames: ['job', 'status'],
      registers,
      async collect() {
        this.reset();
        for (const r of await sync.runCounts()) this.set({ job: r.kind, status: r.status }, r.n);
      },
    });
    new Counter({
      name: 'tracker_elms_requests_total',
      help: 'Requests this process sent to eLMS, by outcome: HTTP status, timeout or network.',
      labelNames: ['outcome'],
      registers,
      collect() {
        this.reset();
        for (const [outcome, n] of sync.requestsByOutcome()) this.inc({ outcome }, n);
      },
    });
    new Counter({
      name: 'tracker_elms_run_requests_total',
      help: 'Requests to eLMS recorded by sync runs, by job, from every worker process.',
      labelNames: ['job'],
      registers,
      async collect() {
        this.reset();
        for (const r of await sync.requestsByKind()) this.inc({ job: r.kind }, Number(r.n));
      },
    });
    new Gauge({
      name: 'tracker_quarantined_records',
      help: 'Source records in quarantine, by kind.',
      labelNames: ['kind'],
      registers,
      async collect() {
        this.reset();
        for (const [kind, n] of await sync.quarantineByKind()) this.set({ kind }, n);
      },
    });
    new Gauge({
      name: 'tracker_last_success_age_seconds',
      help: 'Seconds since the last run of each job that stored what it read.',
      labelNames: ['job'],
      registers,
      async collect() {
        this.reset();
        const now = Date.now();
        for (const [job, at] of await sync.lastSuccessByKind()) this.set({ job }, Math.max(0, (now - new Date(at).getTime()) / 1000));
      },
    });
    new Gauge({
      name: 'tracker_health_degraded',
      help: '1 when /health reports degraded (stale polls, failures in a row, quarantine over its bound), else 0.',
      registers,
      async collect() {
        this.set((await sync.report()).degradedReasons.length ? 1 : 0);
      },
    });
    new Gauge({
      name: 'tracker_webhook_deliveries',
      help: 'Webhook deliveries by status (pending, in_flight, succeeded, dead, ...).',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        for (const r of await webhooks.deliveriesByStatus()) this.set({ status: r.status }, r.n);
      },
    });
    new Gauge({
      name: 'tracker_webhook_attempts',
      help: 'Webhook delivery attempts by outcome (delivered, http_error, no_response).',
      labelNames: ['outcome'],
      registers,
      async collect() {
        this.reset();
        for (const r of await webhooks.attemptsByOutcome()) this.set({ outcome: r.outcome }, r.n);
      },
    });
    new Gauge({
      name: 'tracker_queue_depth',
      help: 'Work waiting: outbox events not yet fanned out to webhooks, webhook deliveries and e-mail alert messages due now.',
      labelNames: ['queue'],
      registers,
      async collect() {
        const q = await webhooks.queueDepth();
        this.set({ queue: 'outbox' }, q.outbox);
        this.set({ queue: 'webhook_deliveries_due' }, q.deliveriesDue);
        this.set({ queue: 'email_alerts_due' }, (await alerts.stats()).due);
      },
    });
    new Gauge({
      name: 'tracker_email_alert_messages',
      help: 'E-mail alert messages by kind (confirm, instant, digest) and status (pending, in_flight, sent, dead), within ALERTS_LOG_DAYS.',
      labelNames: ['kind', 'status'],
      registers,
      async collect() {
        this.reset();
        for (const r of (await alerts.stats()).messages) this.set({ kind: r.kind, status: r.status }, r.n);
      },
    });
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
