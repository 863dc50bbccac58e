import { CSV_BOM, csvField, exportChunks, keysetBatches, type ExportColumn } from '@app/core';
import { parse } from 'csv-parse/sync';

interface Row {
  id: number;
  name: string;
  note: string | null;
  at: Date;
  passed: boolean;
}

const columns: ExportColumn<Row>[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'name', value: (r) => r.name },
  { name: 'note', value: (r) => r.note },
  { name: 'at', value: (r) => r.at },
  { name: 'passed', value: (r) => r.passed },
];

const rows: Row[] = [
  { id: 1, name: 'Peña, Ramírez "Rossana"', note: 'line one\r\nline two', at: new Date('2026-07-15T15:00:00Z'), passed: true },
  { id: 2, name: '=HYPERLINK("x")', note: null, at: new Date('2026-07-16T00:00:00Z'), passed: false },
  { id: -3, name: 'Ñandú', note: '', at: new Date('2026-07-17T00:00:00Z'), passed: false },
];

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const c of chunks) text += c;
  return text;
}

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((r) => setImmediate(r));
    yield item;
  }
}

describe('tabular export', () => {
  it('writes CSV with a BOM, a header and RFC 4180 quoting that a CSV parser reads back', async () => {
    const text = await collect(exportChunks('csv', slowly(rows), columns));
    expect(text.startsWith(CSV_BOM + 'id,name,note,at,passed\r\n')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { id: '1', name: 'Peña, Ramírez "Rossana"', note: 'line one\r\nline two', at: '2026-07-15T15:00:00.000Z', passed: 'true' },
      { id: '2', name: `'=HYPERLINK("x")`, note: '', at: '2026-07-16T00:00:00.000Z', passed: 'false' },
      { id: '-3', name: 'Ñandú', note: '', at: '2026-07-17T00:00:00.000Z', passed: 'false' },
    ]);
    expect(text.split('\r\n')).toHaveLength(6); // header, three rows (one with an embedded CRLF), trailing empty
  });

  it('writes a JSON array keyed by the column names, empty or not', async () => {
    const parsed = JSON.parse(await collect(exportChunks('json', rows, columns))) as unknown;
    expect(parsed).toEqual([
      { id: 1, name: 'Peña, Ramírez "Rossana"', note: 'line one\r\nline two', at: '2026-07-15T15:00:00.000Z', passed: true },
      { id: 2, name: '=HYPERLINK("x")', note: null, at: '2026-07-16T00:00:00.000Z', passed: false },
      { id: -3, name: 'Ñandú', note: '', at: '2026-07-17T00:00:00.000Z', passed: false },
    ]);
    expect(JSON.parse(await collect(exportChunks('json', [], columns)))).toEqual([]);
    expect(parse(await collect(exportChunks('csv', [], columns)), { bom: true })).toEqual([['id', 'name', 'note', 'at', 'passed']]);
  });

  it('quotes only what needs quoting and defuses formulas in text but not in numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('+1 312')).toBe("'+1 312");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('reads keyset batches until a short batch, passing the last row of each', async () => {
    const all = Array.from({ length: 7 }, (_, i) => i + 1);
    const asked: (number | null)[] = [];
    const read = keysetBatches<number>(async (after, limit) => {
      asked.push(after);
      return all.filter((n) => n > (after ?? 0)).slice(0, limit);
    }, 3);
    const got: number[] = [];
    for await (const n of read) got.push(n);
    expect(got).toEqual(all);
    expect(asked).toEqual([null, 3, 6]);
  });

  it('sends large exports in bounded chunks and reads nothing before the first chunk is asked for', async () => {
    let fetched = 0;
    const many = keysetBatches<Row>(async (after, limit) => {
      fetched += 1;
      const start = after ? after.id : 0;
      return start >= 20_000 ? [] : Array.from({ length: limit }, (_, i) => ({ ...rows[0], id: start + i + 1 }));
    }, 1000);
    const chunks = exportChunks('csv', many, columns);
    expect(fetched).toBe(0);
    let count = 0;
    let biggest = 0;
    for await (const c of chunks) {
      count += 1;
      biggest = Math.max(biggest, c.length);
    }
    expect(count).toBeGreaterThan(20);
    expect(biggest).toBeLessThan(64 * 1024 + 200);
  });
});
