import type { ExportColumn } from '@app/core';
import type { MatterRecord, SearchHit, SnippetPart } from '@app/legislation';
import { matterPath } from '../page-context';

/**
 * The columns of the matter downloads (`/matters.csv|json`), in order. Their names are a published format
 * (README "Exports"): add columns at the end, never rename or reorder.
 */
export function matterExportColumns(baseUrl: string): ExportColumn<MatterRecord>[] {
  return [
    { name: 'record_number', value: (m) => m.recordNumber },
    { name: 'type', value: (m) => m.type },
    { name: 'title', value: (m) => m.title },
    { name: 'status', value: (m) => m.status },
    { name: 'stage', value: (m) => m.stage },
    { name: 'stage_since', value: (m) => m.stageSince },
    { name: 'introduction_date', value: (m) => m.introductionDate },
    { name: 'final_action_date', value: (m) => m.finalActionDate },
    { name: 'filing_sponsor', value: (m) => m.filingSponsor },
    { name: 'committee', value: (m) => m.committeeReferral },
    { name: 'controlling_body', value: (m) => m.controllingBody },
    { name: 'elms_matter_id', value: (m) => m.matterId },
    { name: 'url', value: (m) => `${baseUrl}${matterPath(m.recordNumber)}` },
  ];
}

const plain = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');

/** The columns of the search downloads (`/search.csv|json`): the rank, the matter's, then where the text matched. */
export function searchExportColumns(baseUrl: string): ExportColumn<SearchHit>[] {
  return [
    { name: 'rank', value: (h) => h.rank },
    ...matterExportColumns(baseUrl).map((c) => ({ name: c.name, value: (h: SearchHit) => c.value(h.matter) })),
    { name: 'snippet', value: (h) => plain(h.snippet) || null },
    { name: 'document_file_name', value: (h) => h.document?.fileName ?? null },
    { name: 'document_url', value: (h) => h.document?.url ?? null },
  ];
}
