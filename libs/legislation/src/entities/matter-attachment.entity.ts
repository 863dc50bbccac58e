import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('matter_attachment')
export class MatterAttachmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matter_attachment_pkey' }) id: string;
  @Column('uuid') matterId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) fileName: string | null;
  @Column('text', { nullable: true }) path: string | null;
  @Column('text', { nullable: true }) attachmentType: string | null;
}
