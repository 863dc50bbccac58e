import type { ExportColumn } from '@app/core';
import type { MatterRecord, SearchHit, SnippetPart, StageResult } from '@app/legislation';
import { matterPath } from '../page-context';

/** A row of a download with its matter's current stage (MatterLifecycleService.withCurrentStages). */
export interface Staged<T> {
  row: T;
  stage: StageResult;
}

/**
 * The columns of the matter downloads (`/matters.csv|json`), in order. Their names are a published format
 * (README "Exports"): add columns at the end, never rename or reorder.
 */
export function matterExportColumns(baseUrl: string): ExportColumn<Staged<MatterRecord>>[] {
  return [
    { name: 'record_number', value: (s) => s.row.recordNumber },
    { name: 'type', value: (s) => s.row.type },
    { name: 'title', value: (s) => s.row.title },
    { name: 'status', value: (s) => s.row.status },
    { name: 'stage', value: (s) => s.stage.stage },
    { name: 'stage_since', value: (s) => s.stage.since },
    { name: 'introduction_date', value: (s) => s.row.introductionDate },
    { name: 'final_action_date', value: (s) => s.row.finalActionDate },
    { name: 'filing_sponsor', value: (s) => s.row.filingSponsor },
    { name: 'committee', value: (s) => s.row.committeeReferral },
    { name: 'controlling_body', value: (s) => s.row.controllingBody },
    { name: 'elms_matter_id', value: (s) => s.row.matterId },
    { name: 'url', value: (s) => `${baseUrl}${matterPath(s.row.recordNumber)}` },
  ];
}

const plain = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');

/** The columns of the search downloads (`/search.csv|json`): the rank, the matter's, then where the text matched. */
export function searchExportColumns(baseUrl: string): ExportColumn<Staged<SearchHit>>[] {
  return [
    { name: 'rank', value: (h) => h.row.rank },
    ...matterExportColumns(baseUrl).map((c) => ({
      name: c.name,
      value: (h: Staged<SearchHit>) => c.value({ row: h.row.matter, stage: h.stage }),
    })),
    { name: 'snippet', value: (h) => plain(h.row.snippet) || null },
    { name: 'document_file_name', value: (h) => h.row.document?.fileName ?? null },
    { name: 'document_url', value: (h) => h.row.document?.url ?? null },
  ];
}
