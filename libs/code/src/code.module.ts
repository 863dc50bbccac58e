import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AmendmentSectionEntity } from './entities/amendment-section.entity';
import { AmendmentEntity } from './entities/amendment.entity';
import { CodeChapterVersionEntity } from './entities/code-chapter-version.entity';
import { CodeChapterEntity } from './entities/code-chapter.entity';
import { CodeSectionVersionEntity } from './entities/code-section-version.entity';
import { MatterDocumentEntity } from './entities/matter-document.entity';
import { TextDiffEntity } from './entities/text-diff.entity';
import { AmendmentRepository } from './repositories/amendment.repository';
import { CodeBaselineRepository } from './repositories/code-baseline.repository';
import { SectionHistoryRepository } from './repositories/section-history.repository';
import { TextDiffRepository } from './repositories/text-diff.repository';
import { AmendmentViewService } from './services/amendment-view.service';
import { AmendmentService } from './services/amendment.service';
import { CodeBaselineService } from './services/code-baseline.service';
import { CodeQueryService } from './services/code-query.service';
import { SectionHistoryService } from './services/section-history.service';
import { TextCompareService } from './services/text-compare.service';
import { TextDiffService } from './services/text-diff.service';

export const CODE_ENTITIES = [
  CodeChapterEntity,
  CodeChapterVersionEntity,
  CodeSectionVersionEntity,
  MatterDocumentEntity,
  AmendmentEntity,
  AmendmentSectionEntity,
  TextDiffEntity,
];

/** Repositories stay private to the module; other libs and apps use the services. */
@Module({
  imports: [TypeOrmModule.forFeature(CODE_ENTITIES)],
  providers: [
    CodeBaselineRepository,
    AmendmentRepository,
    TextDiffRepository,
    SectionHistoryRepository,
    CodeBaselineService,
    CodeQueryService,
    AmendmentService,
    AmendmentViewService,
    TextDiffService,
    TextCompareService,
    SectionHistoryService,
  ],
  exports: [CodeBaselineService, CodeQueryService, AmendmentService, AmendmentViewService, TextCompareService, SectionHistoryService],
})
export class CodeModule {}
