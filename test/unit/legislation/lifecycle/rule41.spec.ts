import { readCapture } from '../../../support/fixtures/captures';
import { isRule41Notice, rule41RecordNumbers } from '../../../../libs/legislation/src/lifecycle';

describe('Rule 41 meeting files', () => {
  it('finds the notice in the real 2026-07-15 City Council capture and the matter it names', () => {
    const meeting = readCapture<{ files: { fileName: string; attachmentType: string }[] }>(
      'meeting-agenda-detail-city-council-2026-07-15.json',
    );
    const notices = meeting.files.filter((f) => isRule41Notice(f.fileName));
    expect(notices.map((f) => f.fileName)).toEqual(['Rule 41 Hadden O2026-0024083_1 (1).pdf']);
    expect(rule41RecordNumbers(notices[0].fileName)).toEqual(['O2026-0024083']);
    expect(meeting.files.filter((f) => !isRule41Notice(f.fileName)).flatMap((f) => rule41RecordNumbers(f.fileName))).toEqual([]);
  });

  it('reads spacing and case variants', () => {
    expect(isRule41Notice('rule41 notice.pdf')).toBe(true);
    expect(isRule41Notice('RULE  41.pdf')).toBe(true);
    expect(isRule41Notice('Rule 45 report.pdf')).toBe(false);
    expect(isRule41Notice(null)).toBe(false);
  });

  it('extracts every record-number shape, upper-cased, once each', () => {
    expect(rule41RecordNumbers('Rule 41 Notice O2023-0004222.pdf')).toEqual(['O2023-0004222']);
    expect(rule41RecordNumbers('Rule 41 SO2025-0019977 and r2012-1118 and SO2025-0019977.pdf')).toEqual(['SO2025-0019977', 'R2012-1118']);
    expect(rule41RecordNumbers('Rule_41_Or2024-0001234_v2.pdf')).toEqual(['OR2024-0001234']);
    // Not a record number: glued to a word, or too many digits before the dash.
    expect(rule41RecordNumbers('NoticeO2023-0004222 X12025-1 O2023-00042229999')).toEqual([]);
    expect(rule41RecordNumbers(undefined)).toEqual([]);
  });
});
