/** eLMS files a Rule 41 notice as a meeting file named after the matter, e.g. "Rule 41 Hadden O2026-0024083_1 (1).pdf". */
export function isRule41Notice(fileName: string | null | undefined): boolean {
  return !!fileName && /Rule\s*41/i.test(fileName);
}

// The prefix must not be the tail of a longer word ("NoticeO2023-..." is not read as
// "O2023-..."); the number may be followed by "_1", " (1)" or ".pdf", but not by more digits.
const RECORD_NUMBER = /(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{4}-\d{4,7})(?!\d)/g;

/** Record numbers (O2026-0024083, SO2025-0019977, R2012-1118, ...) a file name names, upper-cased, in order, without repeats. */
export function rule41RecordNumbers(fileName: string | null | undefined): string[] {
  if (!fileName) return [];
  const found = [...fileName.matchAll(RECORD_NUMBER)].map((m) => m[1].toUpperCase());
  return [...new Set(found)];
}
