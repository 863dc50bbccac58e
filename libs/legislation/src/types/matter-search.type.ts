import type { MatterEntity } from '../entities/matter.entity';

/** Keyset position in ranked results: rank descending, then row id descending. */
export interface SearchCursor {
  rank: number;
  id: string;
}

/** A run of snippet text; highlighted runs are the words the query matched. */
export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export interface SearchHit {
  matter: MatterEntity;
  /** ts_rank of the title plus the best document's (length-normalised) rank; higher first. */
  rank: number;
  /** The title with matched words highlighted (a single plain part when only a document matched). */
  title: SnippetPart[];
  /** Fragments of the best-matching document around the matches; empty when no document matched. */
  snippet: SnippetPart[];
  /** The document the snippet comes from. */
  document: { fileName: string | null; url: string } | null;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Every match of the query and filter, not only this page. */
  totalCount: number;
  hasNextPage: boolean;
  /**
   * Set when more titles matched than are ranked: the results are the best of this many newest title matches
   * (with every document and record-number match); null when every match is ranked.
   */
  rankedWindow: number | null;
  /** With a rank window, `totalCount` is estimated from the database's statistics (never below what was ranked). */
  totalCountIsEstimate: boolean;
}
