import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MarkedParagraph } from '../text/marked-text';

/** The text of a matter's legislation attachment, with its struck and underlined runs. */
@Entity('matter_document')
export class MatterDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matter_document_pkey' }) id: string;
  @Column('uuid') matterId: string;
  @Column('text') url: string;
  @Column('text', { nullable: true }) fileName: string | null;
  @Column('text', { nullable: true }) contentType: string | null;
  @Column('text') byteHash: string;
  @Column('integer') byteLength: number;
  @Column('text') format: string;
  @Column('integer', { nullable: true }) pages: number | null;
  @Column('jsonb') paragraphs: MarkedParagraph[];
  @Column('text') plainText: string;
  @Column('timestamptz') fetchedAt: Date;
}
