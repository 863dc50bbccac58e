import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('action_vote')
export class ActionVoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'action_vote_pkey' }) id: string;
  @Column('uuid') actionId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) personId: string | null;
  @Column('text', { nullable: true }) voterName: string | null;
  /** Verbatim eLMS value (Yea, Nay, Present, Recused, Abstain, Absent, Excused, Rising Vote, Vacant) or null. */
  @Column('text', { nullable: true }) vote: string | null;
}
