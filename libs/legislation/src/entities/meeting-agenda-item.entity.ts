import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('meeting_agenda_item')
export class MeetingAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_agenda_item_pkey' }) id: string;
  @Column('uuid') meetingId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) groupTitle: string | null;
  @Column('integer', { nullable: true }) groupSort: number | null;
  /** eLMS matterId; not a foreign key, since an agenda may name a matter not (yet) stored. */
  @Column('text', { nullable: true }) matterId: string | null;
  @Column('text', { nullable: true }) recordNumber: string | null;
  @Column('text', { nullable: true }) matterTitle: string | null;
  @Column('text', { nullable: true }) matterType: string | null;
  @Column('text', { nullable: true }) actionName: string | null;
  @Column('text', { nullable: true }) actionText: string | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('integer', { nullable: true }) sort: number | null;
  @Column('boolean', { nullable: true }) hasVotes: boolean | null;
  @Column('text', { nullable: true }) voteType: string | null;
}
