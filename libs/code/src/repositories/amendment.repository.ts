import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AmendmentSectionEntity } from '../entities/amendment-section.entity';
import { AmendmentEntity } from '../entities/amendment.entity';
import { MatterDocumentEntity } from '../entities/matter-document.entity';

export interface PendingAttachment {
  matterId: string;
  recordNumber: string;
  url: string;
  fileName: string | null;
}

@Injectable()
export class AmendmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Legislation attachments of tracked matters whose file has not been read yet. */
  pendingAttachments(): Promise<PendingAttachment[]> {
    return this.dataSource.query(
      `SELECT DISTINCT m.id AS "matterId", m.record_number AS "recordNumber", a.path AS url, a.file_name AS "fileName"
         FROM matter m
         JOIN matter_attachment a ON a.matter_id = m.id
        WHERE a.path IS NOT NULL AND a.attachment_type ILIKE 'legislation%'
          AND m.tracked
          AND NOT EXISTS (SELECT 1 FROM matter_document d WHERE d.matter_id = m.id AND d.url = a.path)
        ORDER BY m.record_number, a.path`,
    );
  }

  /** Returns the stored row, new or already there (same matter, URL and bytes). */
  async insertDocument(
    row: Omit<MatterDocumentEntity, 'id'>,
    tx?: EntityManager,
  ): Promise<{ document: MatterDocumentEntity; created: boolean }> {
    const m = this.m(tx);
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO matter_document (matter_id, url, file_name, content_type, byte_hash, byte_length, format, pages, paragraphs, plain_text, fetched_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (matter_id, url, byte_hash) DO NOTHING RETURNING id`,
      [
        row.matterId,
        row.url,
        row.fileName,
        row.contentType,
        row.byteHash,
        row.byteLength,
        row.format,
        row.pages,
        JSON.stringify(row.paragraphs),
        row.plainText,
        row.fetchedAt,
      ],
    );
    const document = await m.findOneOrFail(MatterDocumentEntity, {
      where: { matterId: row.matterId, url: row.url, byteHash: row.byteHash },
    });
    return { document, created: inserted.length > 0 };
  }

  document(id: string, tx?: EntityManager): Promise<MatterDocumentEntity | null> {
    return this.m(tx).findOne(MatterDocumentEntity, { where: { id } });
  }

  /** The newest document of each given matter. */
  async latestDocuments(matterIds: readonly string[]): Promise<MatterDocumentEntity[]> {
    if (matterIds.length === 0) return [];
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (matter_id) id FROM matter_document WHERE matter_id = ANY($1::uuid[]) ORDER BY matter_id, fetched_at DESC, id`,
      [matterIds],
    );
    if (ids.length === 0) return [];
    return this.m()
      .createQueryBuilder(MatterDocumentEntity, 'd')
      .where('d.id IN (:...ids)', { ids: ids.map((r) => r.id) })
      .getMany();
  }

  findAmendment(documentId: string, baselineKey: string, tx?: EntityManager): Promise<AmendmentEntity | null> {
    return this.m(tx).findOne(AmendmentEntity, { where: { documentId, baselineKey } });
  }

  amendment(id: string): Promise<AmendmentEntity | null> {
    return this.m().findOne(AmendmentEntity, { where: { id } });
  }

  latestAmendmentOf(documentId: string): Promise<AmendmentEntity | null> {
    return this.m().findOne(AmendmentEntity, { where: { documentId }, order: { computedAt: 'DESC' } });
  }

  sections(amendmentId: string): Promise<AmendmentSectionEntity[]> {
    return this.m().find(AmendmentSectionEntity, { where: { amendmentId }, order: { ordinal: 'ASC' } });
  }

  async insertAmendment(
    row: Omit<AmendmentEntity, 'id'>,
    sections: Omit<AmendmentSectionEntity, 'id' | 'amendmentId'>[],
    tx: EntityManager,
  ): Promise<AmendmentEntity> {
    const amendment = await tx.save(AmendmentEntity, tx.create(AmendmentEntity, row));
    if (sections.length)
      await tx.save(
        AmendmentSectionEntity,
        sections.map((s) => tx.create(AmendmentSectionEntity, { ...s, amendmentId: amendment.id })),
      );
    return amendment;
  }

  /** Latest documents of matters with an amendment touching a section of `chapter`. */
  async documentsTouchingChapter(chapter: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (d.matter_id) d.id
         FROM matter_document d
        WHERE EXISTS (SELECT 1 FROM amendment a JOIN amendment_section s ON s.amendment_id = a.id
                       WHERE a.document_id = d.id AND s.number LIKE $1)
        ORDER BY d.matter_id, d.fetched_at DESC, d.id`,
      [`${chapter}-%`],
    );
    return rows.map((r) => r.id);
  }
}
