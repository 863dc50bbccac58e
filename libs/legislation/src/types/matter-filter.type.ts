export interface MatterFilter {
  status?: string;
  /** eLMS matter type, e.g. Ordinance, Resolution, Order (substring, case-insensitive). */
  type?: string;
  committee?: string;
  sponsor?: string;
  introducedFrom?: Date;
  introducedTo?: Date;
  /** Words in the title (the title index, websearch syntax) or part of the record number. */
  text?: string;
  /** Lifecycle stage as stored by MatterLifecycleService.refreshStages. */
  stage?: string;
  /** Municipal Code chapter named in the title, e.g. 2-173. */
  chapter?: string;
  /** Only matters a tracking rule matches (true) or none matches (false). */
  tracked?: boolean;
}

/** Keyset position: matters are listed newest introduction first, then by id. */
export interface MatterCursor {
  introductionDate: Date | null;
  id: string;
}
