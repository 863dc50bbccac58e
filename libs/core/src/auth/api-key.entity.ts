import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An operator's API key; only its SHA-256 is stored, the key is shown once at creation. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'api_key_pkey' }) id: string;
  @Column('text') name: string;
  /** First characters of the key, to tell keys apart in listings. */
  @Column('text') prefix: string;
  @Column('text') keyHash: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
}
