import { MatterLifecycleService, MatterQueryService, MatterRecord } from '@app/legislation';
import { Injectable } from '@nestjs/common';
import { TakeActionPanel, TakeActionService } from './take-action.service';

/** @description The take-action panel of one matter found by record number (GraphQL `takeAction`, the .ics files). */
@Injectable()
export class MatterTakeActionService {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly lifecycles: MatterLifecycleService,
    private readonly panels: TakeActionService,
  ) {}

  /** Throws LegislationException INVALID_RECORD_NUMBER or MATTER_NOT_FOUND; `panel` is null once the matter has no next step. */
  async forRecordNumber(recordNumber: string, ward: number | null): Promise<{ matter: MatterRecord; panel: TakeActionPanel | null }> {
    const matter = await this.matters.getByRecordNumber(recordNumber);
    const lifecycle = (await this.lifecycles.forMatters([matter])).get(matter.id)!;
    return { matter, panel: await this.panels.panelFor(matter, lifecycle, ward) };
  }
}
