import { chaptersNamedIn } from './chapters-named';

/** What an event about a matter offers to subscribers' filters. */
export interface MatterEventFields {
  /** The matter's record number, and the original's when it is a substitute. */
  recordNumbers: string[];
  title: string;
  chapters: string[];
}

/** The filterable fields of a matter event's `data`; null when the event is not about a matter. */
export function matterEventFields(data: Record<string, any>): MatterEventFields | null {
  const rn = data?.matter?.recordNumber;
  if (typeof rn !== 'string' || !rn) return null;
  const title = typeof data.matter.title === 'string' ? data.matter.title : '';
  const recordNumbers = [rn, typeof data.substituteOf === 'string' ? data.substituteOf : null].filter((x): x is string => !!x);
  return { recordNumbers, title, chapters: Array.isArray(data.chapters) ? data.chapters : chaptersNamedIn(title) };
}
