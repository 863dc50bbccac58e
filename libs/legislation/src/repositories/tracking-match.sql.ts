import { titleNamesChapterSql } from '../events/chapters-named';

/**
 * Whether tracking rule `r` matches matter `m`, in SQL, so rules apply to matters as they arrive with
 * no re-indexing: a record number matches the matter and its substitutes; a chapter such as 2-173
 * matches titles naming "Chapter 2-173" or a section "2-173-020" (not 12-173 or 2-1730); a keyword
 * matches title words, case-insensitively. Migration MatterTrackedFlag keeps `matter.tracked` with a copy
 * of this text in its trigger functions: a change here needs a migration that re-creates them.
 */
export const RULE_MATCHES_MATTER = `(
  (r.kind = 'record_number' AND (m.record_number = r.value OR m.original_record_number = r.value))
  OR (r.kind = 'code_chapter' AND ${titleNamesChapterSql('m.title', 'r.value')})
  OR (r.kind = 'title_keyword' AND m.title ILIKE '%' || replace(replace(replace(r.value, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
)`;
