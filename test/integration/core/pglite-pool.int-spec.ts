import { buildDataSourceOptions, openPGlite } from '@app/core';
import { DataSource } from 'typeorm';

describe('PGlite pool adapter', () => {
  it('runs concurrent TypeORM transactions one after the other, never interleaved', async () => {
    const db = await openPGlite(undefined);
    const ds = new DataSource(buildDataSourceOptions({ kind: 'pglite', dataDir: '' }, { pglite: Promise.resolve(db) }));
    await ds.initialize();
    try {
      await ds.query('CREATE TABLE log (tx int, step int, at serial)');
      const tx = (id: number, fail = false) =>
        ds.transaction(async (m) => {
          await m.query('INSERT INTO log (tx, step) VALUES ($1, 1)', [id]);
          await new Promise((r) => setTimeout(r, 20));
          await m.query('INSERT INTO log (tx, step) VALUES ($1, 2)', [id]);
          if (fail) throw new Error('rollback');
        });
      const results = await Promise.allSettled([tx(1), tx(2, true), tx(3)]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const rows = await ds.query('SELECT tx, step FROM log ORDER BY at');
      // Each committed transaction's steps are adjacent; the failed one left nothing behind.
      expect(rows).toEqual([
        { tx: 1, step: 1 },
        { tx: 1, step: 2 },
        { tx: 3, step: 1 },
        { tx: 3, step: 2 },
      ]);
      expect(await ds.query('SELECT 1::int8 AS big, $1::bytea AS bin', [Buffer.from('hi')])).toEqual([
        { big: '1', bin: Buffer.from('hi') },
      ]);
    } finally {
      await ds.destroy();
      await db.close();
    }
  });
});
