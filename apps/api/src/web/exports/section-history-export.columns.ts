import type { ExportColumn } from '@app/core';
import type { RebuiltSectionVersion, SectionHistory } from '@app/code';

export interface SectionHistoryExportRow {
  history: SectionHistory;
  version: RebuiltSectionVersion;
  /** 1 = the current text, 2 = the wording before it, … */
  position: number;
}

/** One row per wording of each section, newest first, as `/code/:number/history` shows them. */
export async function* sectionHistoryRows(
  histories: AsyncIterable<SectionHistory> | Iterable<SectionHistory>,
): AsyncGenerator<SectionHistoryExportRow> {
  for await (const history of histories) {
    for (const [i, version] of history.versions.entries()) yield { history, version, position: i + 1 };
  }
}

/**
 * The section-history download (`/code/:chapter/history.csv|json`, `/code/:section/history.csv|json`). The column
 * names are the file's published format (README, "The history of every section"); add columns at the end, never rename.
 */
export function sectionHistoryColumns(baseUrl: string): readonly ExportColumn<SectionHistoryExportRow>[] {
  const step = (r: SectionHistoryExportRow) => r.version.step;
  return [
    { name: 'section', value: (r) => r.history.number },
    { name: 'position', value: (r) => r.position },
    { name: 'heading', value: (r) => r.version.heading },
    { name: 'since', value: (r) => step(r)?.entry.date ?? null },
    { name: 'citation', value: (r) => step(r)?.entry.raw ?? null },
    { name: 'journal_page', value: (r) => step(r)?.entry.journalPage ?? null },
    { name: 'enacted_by', value: (r) => step(r)?.enactment?.recordNumber ?? null },
    { name: 'enacted_title', value: (r) => step(r)?.enactment?.title ?? null },
    {
      name: 'enacted_url',
      value: (r) => (step(r)?.enactment ? `${baseUrl}/matters/${encodeURIComponent(step(r)!.enactment!.recordNumber)}` : null),
    },
    { name: 'status', value: (r) => step(r)?.status ?? null },
    { name: 'inserted_words', value: (r) => (r.version.redline ? r.version.insertedWords : null) },
    { name: 'deleted_words', value: (r) => (r.version.redline ? r.version.deletedWords : null) },
    { name: 'chain_complete', value: (r) => r.history.complete },
    { name: 'text', value: (r) => r.version.text },
  ];
}
