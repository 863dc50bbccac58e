export interface MatterFilter {
  status?: string;
  committee?: string;
  sponsor?: string;
  introducedFrom?: Date;
  introducedTo?: Date;
  /** Words in the title or the record number. */
  text?: string;
}

/** Keyset position: matters are listed newest introduction first, then by id. */
export interface MatterCursor {
  introductionDate: Date | null;
  id: string;
}
