import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'person_pkey' }) id: string;
  @Column('text') personId: string;
  @Column('text') displayName: string;
  @Column('text', { nullable: true }) ward: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) fax: string | null;
  @Column('text', { nullable: true }) site: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('text', { nullable: true }) state: string | null;
  @Column('text', { nullable: true }) zip: string | null;
  /** The `*2` fields of eLMS: the City Hall office. */
  @Column('text', { nullable: true }) officeEmail: string | null;
  @Column('text', { nullable: true }) officePhone: string | null;
  @Column('text', { nullable: true }) officeFax: string | null;
  @Column('text', { nullable: true }) officeSite: string | null;
  @Column('text', { nullable: true }) officeAddress: string | null;
  @Column('text', { nullable: true }) officeCity: string | null;
  @Column('text', { nullable: true }) officeState: string | null;
  @Column('text', { nullable: true }) officeZip: string | null;
  @Column('text', { nullable: true }) photo: string | null;
  @Column('boolean', { nullable: true }) isActive: boolean | null;
  @Column('timestamptz', { nullable: true }) lastPublicationDate: Date | null;
  @Column('text') contentHash: string;
  @Column('uuid', { nullable: true }) rawDocumentId: string | null;
  @Column('timestamptz') fetchedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
