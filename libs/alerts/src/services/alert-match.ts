import type { MatterEventFields } from '@app/legislation';
import type { AlertKind } from '../alerts.types';

/**
 * Whether an alert follows a matter event: a record number matches the matter or the original it substitutes,
 * a chapter one the event names (`chapters`, legislation's rule), title words anywhere in the title, ignoring case
 * (as tracking rules do).
 */
export function alertMatches(kind: AlertKind, value: string, e: MatterEventFields): boolean {
  switch (kind) {
    case 'record_number':
      return e.recordNumbers.includes(value);
    case 'code_chapter':
      return e.chapters.includes(value);
    case 'title_keyword':
      return e.title.toLocaleLowerCase('en-US').includes(value.toLocaleLowerCase('en-US'));
  }
}
