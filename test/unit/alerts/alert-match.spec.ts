import { matterEventFields } from '@app/legislation';
import { alertMatches } from '../../../libs/alerts/src/services/alert-match';

const event = matterEventFields({
  matter: { recordNumber: 'SO2025-0001234', title: 'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance' },
  substituteOf: 'O2023-0004222',
  chapters: ['2-173'],
})!;

describe(alertMatches.name, () => {
  it('matches a record number, the original a substitute replaces, a named chapter and title words in any case', () => {
    expect(alertMatches('record_number', 'SO2025-0001234', event)).toBe(true);
    expect(alertMatches('record_number', 'O2023-0004222', event)).toBe(true);
    expect(alertMatches('record_number', 'O2023-0004223', event)).toBe(false);
    expect(alertMatches('code_chapter', '2-173', event)).toBe(true);
    expect(alertMatches('code_chapter', '2-17', event)).toBe(false);
    expect(alertMatches('title_keyword', 'welcoming city', event)).toBe(true);
    expect(alertMatches('title_keyword', 'sanctuary', event)).toBe(false);
  });

  it('finds nothing to match in an event that is not about a matter', () => {
    expect(matterEventFields({ meeting: { meetingId: 'm' }, recordNumbers: ['O2023-0004222'] })).toBeNull();
  });
});
