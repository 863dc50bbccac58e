import { FilterError, matchesFilter, parseFilter } from '../../../apps/replay/src/odata-filter';

const row = {
  lastPublicationDate: '2026-07-10T22:45:01+00:00',
  type: 'Ordinance',
  fileYear: 2025,
  supersededBy: null,
  isActive: true,
  matterId: '7D29E6F7-439A-F011-B4CB-001DD802A35E',
  actions: [{ actionDate: '2025-09-25T05:00:00+00:00', actionName: 'Referred' }],
};
const m = (f: string): boolean => matchesFilter(parseFilter(f), row);

describe('odata filter', () => {
  it.each([
    ['lastPublicationDate gt 2026-01-01T00:00:00+00:00', true],
    ['lastPublicationDate gt 2026-07-10T22:45:01Z', false],
    ['lastPublicationDate ge 2026-07-10T17:45:01-05:00', true],
    ['lastPublicationDate lt 2026-07-11', true],
    ["lastPublicationDate gt datetime'2025-01-01T00:00:00Z'", true],
    ["type eq 'ordinance'", true],
    ["type ne 'Ordinance'", false],
    ['fileYear eq 2025 and supersededBy eq null', true],
    ['supersededBy ne null', false],
    ['isActive eq true', true],
    ['isActive', true],
    ["not (type eq 'Resolution') and (fileYear gt 2030 or fileYear le 2025)", true],
    ['matterId eq 7d29e6f7-439a-f011-b4cb-001dd802a35e', true],
    ['actions/any(a: a/actionDate gt 2025-01-01T00:00:00+00:00) or fileYear eq 1', true],
    ["actions/all(a: a/actionName eq 'Passed')", false],
    ['actions/any()', true],
    ["missingField eq null and missingField ne 'x'", true],
    ["type eq 'O''Hare'", false],
  ])('%s → %s', (f, expected) => {
    expect(m(f)).toBe(expected);
  });

  it.each([
    "contains(title, 'x')",
    'fileYear add 1 eq 2026',
    'fileYear eq',
    "type eq 'unterminated",
    '(fileYear eq 2025',
    'lastPublicationDate gt 2026-01-01T00:00:00 00:00',
    'fileYear eq 2025 xor true',
  ])('rejects %s', (f) => {
    expect(() => parseFilter(f)).toThrow(FilterError);
  });

  it('refuses to compare a collection directly', () => {
    expect(() => m('actions eq null or actions eq 1')).toThrow(/any\(\)/);
  });
});
