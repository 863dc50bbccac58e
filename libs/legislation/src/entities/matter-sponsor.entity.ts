import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('matter_sponsor')
export class MatterSponsorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matter_sponsor_pkey' }) id: string;
  @Column('uuid') matterId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) personId: string | null;
  @Column('text', { nullable: true }) sponsorName: string | null;
  @Column('text', { nullable: true }) sponsorType: string | null;
  @Column('text', { nullable: true }) office: string | null;
}
