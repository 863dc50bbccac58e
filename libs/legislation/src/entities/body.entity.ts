import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('body')
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'body_pkey' }) id: string;
  @Column('text') bodyId: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) bodyType: string | null;
  @Column('text', { nullable: true }) abbreviation: string | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('boolean', { nullable: true }) isActive: boolean | null;
  @Column('timestamptz', { nullable: true }) lastPublicationDate: Date | null;
  @Column('text') contentHash: string;
  @Column('uuid', { nullable: true }) rawDocumentId: string | null;
  @Column('timestamptz') fetchedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
