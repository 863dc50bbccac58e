/**
 * Every background job's name, in one place. A name is at once the scrape_run kind, the advisory-lock key and the
 * scheduler entry, so a second spelling anywhere would split a job from its history or let two workers run it.
 */
export const JOBS = {
  elmsPoll: 'elms.poll',
  elmsSweep: 'elms.sweep',
  elmsBackfill: 'elms.backfill',
  quarantineReprocess: 'elms.reprocess-quarantine',
  codeSync: 'code.sync',
  documentsSync: 'documents.sync',
  webhooksDeliver: 'webhooks.deliver',
  alertsDeliver: 'alerts.deliver',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** The jobs that record a scrape_run row (webhook and e-mail alert delivery log per message instead). */
export const RECORDED_JOBS: readonly JobName[] = [
  JOBS.elmsPoll,
  JOBS.elmsSweep,
  JOBS.elmsBackfill,
  JOBS.quarantineReprocess,
  JOBS.codeSync,
  JOBS.documentsSync,
];
