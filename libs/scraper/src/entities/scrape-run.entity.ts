import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `partial`: finished and stored what it read, but quarantined some records. */
export type ScrapeRunStatus = 'running' | 'succeeded' | 'partial' | 'failed' | 'interrupted';

@Entity('scrape_run')
export class ScrapeRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'scrape_run_pkey' }) id: string;
  /** `elms.poll`, `elms.sweep` or `elms.backfill`. */
  @Column('text') kind: string;
  @Column('text') status: ScrapeRunStatus;
  @Column('timestamptz', { default: () => 'now()' }) startedAt: Date;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @Column('timestamptz', { nullable: true }) heartbeatAt: Date | null;
  @Column('jsonb', { default: () => "'{}'::jsonb" }) params: Record<string, unknown>;
  /** Where a backfill got to, so a rerun resumes there. */
  @Column('jsonb', { nullable: true }) cursor: Record<string, unknown> | null;
  @Column('integer', { default: 0 }) requests: number;
  @Column('integer', { default: 0 }) fetched: number;
  @Column('integer', { default: 0 }) created: number;
  @Column('integer', { default: 0 }) updated: number;
  @Column('integer', { default: 0 }) unchanged: number;
  /** Records set aside in quarantine by this run. */
  @Column('integer', { default: 0 }) quarantined: number;
  @Column('integer', { nullable: true }) totalExpected: number | null;
  @Column('text', { nullable: true }) errorCode: string | null;
  @Column('text', { nullable: true }) errorMessage: string | null;
  @Column('jsonb', { nullable: true }) errorDetail: Record<string, unknown> | null;
  @Column('jsonb', { default: () => "'[]'::jsonb" }) warnings: string[];
  /** The job lock's fencing token the run held (null outside a job lock). */
  @Column('bigint', { nullable: true }) fenceToken: string | null;
}
