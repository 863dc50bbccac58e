/** Title-chapter-section: 2-173-020, 17-2-0207 (zoning has four digits), 4-60-023.1. */
export const SECTION_NUMBER = String.raw`\d{1,2}-\d{1,3}-\d{3,4}(?:\.\d+)?`;
/** Title-chapter: 2-173. */
export const CHAPTER_NUMBER = String.raw`\d{1,2}-\d{1,3}`;

/** '2-173-020' -> '2-173' */
export function chapterOfSection(number: string): string {
  return number.split('-').slice(0, 2).join('-');
}

/** Orders section numbers numerically part by part, so 2-173-025 sorts between -020 and -030 and 17-2-0207 after 17-2-0100. */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split(/[-.]/).map(Number);
  const pb = b.split(/[-.]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}
