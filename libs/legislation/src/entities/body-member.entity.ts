import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('body_member')
export class BodyMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'body_member_pkey' }) id: string;
  @Column('uuid') bodyId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) personId: string | null;
  @Column('text', { nullable: true }) displayName: string | null;
  @Column('text', { nullable: true }) ward: string | null;
  @Column('text', { nullable: true }) memberType: string | null;
  @Column('timestamptz', { nullable: true }) startDate: Date | null;
  @Column('timestamptz', { nullable: true }) endDate: Date | null;
  @Column('boolean', { nullable: true }) isActive: boolean | null;
}
