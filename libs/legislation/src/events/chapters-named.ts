/**
 * The one definition of "a title names Municipal Code chapter X" (2-173 in "Chapter 2-173" or in a section
 * "2-173-020", never in 12-173 or 2-1730): a chapter number not preceded by a digit or hyphen and not followed
 * by a digit. SQL applies it to stored titles (tracking rules, the `chapter` filter); events carry what it
 * finds (`chaptersNamedIn`), so no one matches titles a third way.
 */
const BEFORE = '(^|[^0-9-])';
const AFTER = '($|[^0-9])';

/** SQL: whether the text expression `title` names the chapter held by the text expression `chapter`. */
export function titleNamesChapterSql(title: string, chapter: string): string {
  return `${title} ~ ('${BEFORE}' || ${chapter} || '${AFTER}')`;
}

/** Runs of numbers joined by hyphens ("2-173", "2-173-020"), not inside a longer run. */
const NUMBER_RUN = /(?<![0-9-])\d+(?:-\d+)+(?![0-9])/g;

/**
 * The chapters a title names: the first two parts of each hyphenated number run ("2-173-020" names 2-173),
 * which is exactly the set of chapters `titleNamesChapterSql` matches. In order of first mention, once each.
 */
export function chaptersNamedIn(title: string | null | undefined): string[] {
  const out = new Set<string>();
  for (const m of (title ?? '').matchAll(NUMBER_RUN)) {
    const [a, b] = m[0].split('-');
    out.add(`${a}-${b}`);
  }
  return [...out];
}
