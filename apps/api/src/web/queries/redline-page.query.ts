import { AmendmentView, AmendmentViewService } from '@app/code';
import { MatterQueryService, MatterRecord } from '@app/legislation';
import { Injectable } from '@nestjs/common';

export interface RedlinePageData extends Omit<AmendmentView, 'document'> {
  matter: MatterRecord;
  document: AmendmentView['document'] | null;
}

/** Everything `/matters/:recordNumber/redline` shows: the matter and its amendment view (with the baseline's sections). */
@Injectable()
export class RedlinePageQuery {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly views: AmendmentViewService,
  ) {}

  async load(recordNumber: string): Promise<RedlinePageData> {
    const matter = await this.matters.getByRecordNumber(recordNumber);
    const view = await this.views.forMatter(matter.id, { baselineSections: true });
    return view ? { matter, ...view } : { matter, document: null, amendment: null, sections: [], diffs: new Map(), baseline: [] };
  }
}
