import { decodeCursor, encodeCursor } from '../../../apps/api/src/graphql/common/cursor.util';
import { groupByKey } from '../../../apps/api/src/graphql/loaders/group-by-key.util';

describe('DataLoader batch grouping', () => {
  it('returns one group per key, in key order, with [] for missing keys', () => {
    const rows = [
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
      { k: 'b', v: 3 },
    ];
    expect(groupByKey(['a', 'c', 'b'], rows, (r) => r.k)).toEqual([
      [{ k: 'a', v: 2 }],
      [],
      [
        { k: 'b', v: 1 },
        { k: 'b', v: 3 },
      ],
    ]);
  });
});

describe('cursors', () => {
  it('round-trip and reject garbage', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'id']))).toEqual(['2026-01-01T00:00:00.000Z', 'id']);
    expect(decodeCursor('garbage')).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});
