import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Watermarks of the incremental poll, advanced only when a run commits. */
@Entity('sync_state')
export class SyncStateEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'sync_state_pkey' }) key: string;
  @Column('jsonb') value: unknown;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt: Date;
}
