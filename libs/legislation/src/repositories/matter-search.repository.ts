import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainRowsByKeys } from '@app/core';
import { DataSource } from 'typeorm';
import { MatterEntity } from '../entities/matter.entity';
import { MatterFilter } from '../types/matter-filter.type';
import { SearchCursor, SearchHit } from '../types/matter-search.type';
import { escapeLike, matterFilterConditions, SEARCH_CONFIG } from './matter-filter.sql';
import { FRAGMENT_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP, parseHighlights, TITLE_OPTIONS } from './search-highlight';

/** A query that could be (part of) a record number: "O2023-0004222", "0004222". Not words, so matched as a substring. */
const RECORD_NUMBER_FRAGMENT = /^[A-Za-z]{0,4}\d{3,}(-\d*)?$/;

/**
 * Title matches ranked per query when a word is common: the newest ones, walked down the listing index. Ranking
 * every match of a word in one title in five was 40,000 `ts_rank` calls and heap visits at 200,000 matters
 * (p50 419 ms at 8 connections). No reader pages that far, and for a word that common the recent matters are the
 * ones worth ranking; older ones are a date filter or a more precise query away. 500 rather than 1,000: finding
 * the window (about five rows walked per match of such a word) was most of the database's work per search, and
 * the first page's p99 went from 52-54 ms to 38-41 ms (bench/README, "Eighth pass").
 */
export const SEARCH_RANK_WINDOW = 500;

/** Characters of a document that are indexed and searched for snippets (as in document_search_vector). */
const INDEXED_CHARS = 1_000_000;

interface Counts {
  /** Every hit (every match unless the rank window overflowed). */
  total: string | number | null;
  /** With a rank window: the title matches read, at most one more than the window. */
  titleMatches: string | number | null;
  otherMatches: string | number | null;
}

interface HitRow extends Counts {
  id: string;
  rank: number;
  title: string | null;
  snippet: string | null;
  fileName: string | null;
  url: string | null;
}

/**
 * Full-text search over matters: the title vector (`matter.search_vector`) and every document's vector
 * (`matter_document.search_vector`, the text the worker extracted from a matter's legislation files;
 * a table of libs/code, read here through SQL only). Both are GIN-indexed; a matter matches when its
 * title or any one of its documents matches the whole query.
 */
@Injectable()
export class MatterSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Whether the query has a word to look for: not only stop words or punctuation (an empty tsquery), nor only
   * exclusions (`-ice` alone would match nearly everything and cannot use the index: querytree gives 'T').
   */
  async hasSearchableWords(query: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT numnode(q) > 0 AND querytree(q) <> 'T' AS ok FROM websearch_to_tsquery('${SEARCH_CONFIG}', $1) AS q`,
      [query],
    )) as { ok: boolean }[];
    return row.ok;
  }

  /**
   * One page of hits, best first. `withTotal` adds the count of every hit (one more scan of the hits;
   * exports, which read page after page, skip it).
   */
  async search(
    query: string,
    filter: MatterFilter,
    first: number,
    after: SearchCursor | null,
    withTotal: boolean,
    rankWindow: number | null = null,
  ): Promise<{ hits: SearchHit[]; total: number | null; windowed: boolean }> {
    const conditions = matterFilterConditions(filter);
    const params: Record<string, unknown> = { query, first, fragmentOptions: FRAGMENT_OPTIONS, titleOptions: TITLE_OPTIONS };
    for (const c of conditions) Object.assign(params, c.params);
    const recordNumberLike = RECORD_NUMBER_FRAGMENT.test(query.trim());
    if (recordNumberLike) params.recordLike = `%${escapeLike(query.trim())}%`;
    if (after) Object.assign(params, { afterRank: after.rank, afterId: after.id });
    const strip = (expr: string) => `translate(${expr}, '${HIGHLIGHT_START}${HIGHLIGHT_STOP}', '')`;
    // Title and document scores side by side, summed per matter by one aggregate: joining the two as CTEs
    // made a nested loop (CTEs carry no statistics), 0.8 s for 8,000 hits against 1,000 documents.
    // `rankWindow`: only the newest title matches (with the filters) are ranked, found by walking the listing index.
    // One more is read to tell whether there were more. Document and record-number matches are few and always ranked.
    const filtered = conditions.length ? ` AND ${conditions.map((c) => c.sql).join(' AND ')}` : '';
    // The window's query is spelled out rather than read from the CTE `q`: a constant tsquery lets the planner
    // estimate how common the words are, and walk the listing index for a common one instead of every match.
    const tsquery = `websearch_to_tsquery('${SEARCH_CONFIG}', :query)`;
    if (rankWindow !== null) Object.assign(params, { rankWindow, windowRead: rankWindow + 1 });
    const newest =
      rankWindow === null
        ? ''
        : `newest AS (
             SELECT id, search_vector, row_number() OVER (ORDER BY introduction_date DESC NULLS LAST, id DESC) AS n FROM (
               SELECT m.id, m.search_vector, m.introduction_date FROM matter m WHERE m.search_vector @@ ${tsquery}${filtered}
                ORDER BY m.introduction_date DESC NULLS LAST, m.id DESC LIMIT :windowRead) w
           ),`;
    const titles =
      rankWindow === null
        ? `SELECT m.id, ts_rank(m.search_vector, q.q) AS rank FROM matter m, q WHERE m.search_vector @@ q.q`
        : `SELECT t.id, ts_rank(t.search_vector, q.q) AS rank FROM newest t, q WHERE t.n <= :rankWindow`;
    const hitsSql = `
      WITH q AS (SELECT websearch_to_tsquery('${SEARCH_CONFIG}', :query) AS q),
      ${newest}
      others AS (
        SELECT d.matter_id AS id, max(ts_rank(d.search_vector, q.q, 1)) AS rank FROM matter_document d, q WHERE d.search_vector @@ q.q GROUP BY d.matter_id
        ${recordNumberLike ? 'UNION ALL SELECT m.id, 0 FROM matter m WHERE m.record_number ILIKE :recordLike' : ''}
      ),
      scored AS (${titles} UNION ALL SELECT id, rank FROM others),
      hits AS (${
        conditions.length
          ? `SELECT m.id, sum(s.rank)::real AS rank FROM scored s JOIN matter m ON m.id = s.id
              WHERE ${conditions.map((c) => c.sql).join(' AND ')} GROUP BY m.id`
          : // Every scored id is a matter's (a document's matter_id is a foreign key): joining them only to group
            // costs a look-up per hit, 40,000 for a common word at 200,000 matters.
            'SELECT s.id, sum(s.rank)::real AS rank FROM scored s GROUP BY s.id'
      }
      )`;
    // The hits are every match unless the window overflowed; then the document and record-number matches whose
    // title does not match are what the title estimate leaves out.
    const totalSql =
      rankWindow === null
        ? '(SELECT count(*) FROM hits) AS total, NULL AS "titleMatches", NULL AS "otherMatches"'
        : `(SELECT count(*) FROM hits) AS total, (SELECT count(*) FROM newest) AS "titleMatches",
           (SELECT count(DISTINCT o.id) FROM others o JOIN matter m ON m.id = o.id CROSS JOIN q
             WHERE NOT coalesce(m.search_vector @@ q.q, false)${filtered}) AS "otherMatches"`;
    const sql = `${hitsSql},
      page AS (
        SELECT id, rank FROM hits
         ${after ? 'WHERE rank < :afterRank::real OR (rank = :afterRank::real AND id < :afterId::uuid)' : ''}
         ORDER BY rank DESC, id DESC LIMIT :first
      )
      SELECT p.id, p.rank, ${withTotal ? totalSql : 'NULL AS total, NULL AS "titleMatches", NULL AS "otherMatches"'},
             ts_headline('${SEARCH_CONFIG}', ${strip(`coalesce(m.title, '')`)}, q.q, :titleOptions) AS title,
             CASE WHEN best.plain_text IS NOT NULL
                  THEN ts_headline('${SEARCH_CONFIG}', ${strip(`left(best.plain_text, ${INDEXED_CHARS})`)}, q.q, :fragmentOptions) END AS snippet,
             best.file_name AS "fileName", best.url
        FROM page p JOIN matter m ON m.id = p.id CROSS JOIN q
        LEFT JOIN LATERAL (
          SELECT d.plain_text, d.file_name, d.url FROM matter_document d
           WHERE d.matter_id = p.id AND d.search_vector @@ q.q
           ORDER BY ts_rank(d.search_vector, q.q, 1) DESC, d.fetched_at DESC, d.id LIMIT 1
        ) best ON true
       ORDER BY p.rank DESC, p.id DESC`;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    const rows = (await this.dataSource.query(text, values)) as HitRow[];
    const matters = await plainRowsByKeys(
      this.dataSource.manager,
      MatterEntity,
      'id',
      rows.map((r) => r.id),
      {},
    );
    const byId = new Map(matters.map((m) => [m.id, m]));
    const hits = rows.flatMap((r): SearchHit[] => {
      const matter = byId.get(r.id);
      if (!matter) return []; // deleted between the two reads
      return [
        {
          matter,
          rank: Number(r.rank),
          title: parseHighlights(r.title),
          snippet: parseHighlights(r.snippet),
          document: r.url ? { fileName: r.fileName, url: r.url } : null,
        },
      ];
    });
    if (!withTotal) return { hits, total: null, windowed: false };
    // An empty page (nothing matched, or a cursor past the end) still reports how many matched.
    const [counts] = rows.length
      ? rows
      : ((await this.dataSource.query(
          ...this.dataSource.driver.escapeQueryWithParameters(`${hitsSql} SELECT ${totalSql}`, params),
        )) as Counts[]);
    if (rankWindow === null || Number(counts.titleMatches) <= rankWindow) return { hits, total: Number(counts.total), windowed: false };
    // Counting every match of a common word is a heap visit per match (48 ms for 40,000 of 200,000 matters):
    // the planner's estimate from the column's statistics is read instead.
    const estimate = await this.estimateRows(`SELECT 1 FROM matter m WHERE m.search_vector @@ ${tsquery}${filtered}`, params);
    return { hits, total: Math.max(estimate, rankWindow + 1) + Number(counts.otherMatches), windowed: true };
  }

  /** The planner's row estimate for a query (EXPLAIN, nothing executed). */
  private async estimateRows(sql: string, params: Record<string, unknown>): Promise<number> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const [row] = (await this.dataSource.query(text, values)) as { 'QUERY PLAN': unknown }[];
    const plan = (typeof row['QUERY PLAN'] === 'string' ? JSON.parse(row['QUERY PLAN']) : row['QUERY PLAN']) as {
      Plan: { 'Plan Rows': number };
    }[];
    return Math.round(plan[0].Plan['Plan Rows']);
  }
}
