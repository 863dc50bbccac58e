import { MatterFilter } from '../types/matter-filter.type';
import { titleNamesChapterSql } from '../events/chapters-named';

/** One WHERE condition on matter `m`, with TypeORM named parameters (`:name`). */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** The English text-search configuration: eLMS titles and ordinances are in English, whatever the page's language. */
export const SEARCH_CONFIG = 'english';

/**
 * The conditions of a MatterFilter on matter `m`, shared by `matters` and full-text search so both
 * read a filter the same way. Text conditions are case-insensitive substrings, except `text`, which
 * uses the title index (websearch syntax) and falls back to record-number substrings.
 */
export function matterFilterConditions(filter: MatterFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  const add = (sql: string, params: Record<string, unknown> = {}) => out.push({ sql, params });
  if (filter.status) add('m.status ILIKE :f_status', { f_status: `%${escapeLike(filter.status)}%` });
  if (filter.type) add('m.type ILIKE :f_type', { f_type: `%${escapeLike(filter.type)}%` });
  if (filter.committee)
    add('(m.committee_referral ILIKE :f_committee OR m.controlling_body ILIKE :f_committee)', {
      f_committee: `%${escapeLike(filter.committee)}%`,
    });
  if (filter.sponsor)
    // Sponsor rows whose name contains the text = the rows of the distinct names that do (SPONSOR_NAMES_LIKE):
    // read from the (sponsor_name, matter_id) index alone instead of visiting every matching row.
    add(
      `(m.filing_sponsor ILIKE :f_sponsor OR m.id IN (
         SELECT sp.matter_id FROM matter_sponsor sp WHERE sp.sponsor_name = ANY (ARRAY(${SPONSOR_NAMES_LIKE}))
         UNION ALL SELECT sp.matter_id FROM matter_sponsor sp WHERE sp.person_id = :f_sponsorId))`,
      { f_sponsor: `%${escapeLike(filter.sponsor)}%`, f_sponsorId: filter.sponsor },
    );
  if (filter.introducedFrom) add('m.introduction_date >= :f_from', { f_from: filter.introducedFrom });
  if (filter.introducedTo) add('m.introduction_date < :f_to', { f_to: filter.introducedTo });
  if (filter.text) {
    // The title index answers words; record-number fragments ("0004222") are not words, so they match as substrings.
    add(`(m.search_vector @@ websearch_to_tsquery('${SEARCH_CONFIG}', :f_text) OR m.record_number ILIKE :f_textLike)`, {
      f_text: filter.text,
      f_textLike: `%${escapeLike(filter.text.trim())}%`,
    });
  }
  if (filter.stage) add('m.stage = :f_stage', { f_stage: filter.stage });
  if (filter.chapter) add(titleNamesChapterSql('m.title', ':f_chapter'), { f_chapter: filter.chapter });
  // matter.tracked is kept by triggers from RULE_MATCHES_MATTER (migration MatterTrackedFlag); a partial index lists the tracked.
  if (filter.tracked !== undefined) add(filter.tracked ? 'm.tracked' : 'NOT m.tracked');
  return out;
}

/**
 * The distinct sponsor names containing :f_sponsor, by a skip scan of matter_sponsor_name_matter_idx (migration
 * SponsorNameIndex): one index probe per distinct name (the council's few hundred), not one per sponsor row.
 */
const SPONSOR_NAMES_LIKE = `WITH RECURSIVE names(n) AS (
    SELECT min(sponsor_name) FROM matter_sponsor
    UNION ALL SELECT (SELECT min(x.sponsor_name) FROM matter_sponsor x WHERE x.sponsor_name > names.n) FROM names WHERE names.n IS NOT NULL
  ) SELECT n FROM names WHERE n ILIKE :f_sponsor`;

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
