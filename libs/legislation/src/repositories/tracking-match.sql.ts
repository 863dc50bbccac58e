import { titleNamesChapterSql } from '../events/chapters-named';

/** Per rule kind, whether rule `r` matches matter `m`: the single definition both forms below are built from. */
const RECORD_NUMBER_MATCH = `(m.record_number = r.value OR m.original_record_number = r.value)`;
const CHAPTER_MATCH = titleNamesChapterSql('m.title', 'r.value');
const KEYWORD_MATCH = `m.title ILIKE '%' || replace(replace(replace(r.value, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;

/**
 * Whether tracking rule `r` matches matter `m`, in SQL, so rules apply to matters as they arrive with
 * no re-indexing: a record number matches the matter and its substitutes; a chapter such as 2-173
 * matches titles naming "Chapter 2-173" or a section "2-173-020" (not 12-173 or 2-1730); a keyword
 * matches title words, case-insensitively.
 */
export const RULE_MATCHES_MATTER = `(
  (r.kind = 'record_number' AND ${RECORD_NUMBER_MATCH})
  OR (r.kind = 'code_chapter' AND ${CHAPTER_MATCH})
  OR (r.kind = 'title_keyword' AND ${KEYWORD_MATCH})
)`;

/**
 * The ids of every tracked matter (the matters RULE_MATCHES_MATTER matches for some rule), one branch per rule
 * kind so each joins the few rules to an index: record numbers to their btrees, chapter regexes and keyword
 * ILIKEs to the title's trigram index (migration MatterScaleIndexes). Evaluating the OR of RULE_MATCHES_MATTER
 * on every row instead costs a regex and an ILIKE per rule per matter. May repeat an id.
 */
export const TRACKED_MATTER_IDS = `
  SELECT m.id FROM tracking_rule r JOIN matter m ON m.record_number = r.value WHERE r.kind = 'record_number'
  UNION ALL SELECT m.id FROM tracking_rule r JOIN matter m ON m.original_record_number = r.value WHERE r.kind = 'record_number'
  UNION ALL SELECT m.id FROM tracking_rule r JOIN matter m ON ${CHAPTER_MATCH} WHERE r.kind = 'code_chapter'
  UNION ALL SELECT m.id FROM tracking_rule r JOIN matter m ON ${KEYWORD_MATCH} WHERE r.kind = 'title_keyword'`;
