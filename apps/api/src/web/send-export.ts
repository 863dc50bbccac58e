/*
 * sendExport — apps/api/src/web/send-export.ts: answers an HTTP request with a streamed CSV/JSON download
 * built by exportChunks (@app/core, libs/core/src/export/tabular-export.ts).
 *
 *   @Get('votes.csv') async csv(@Res() res: Response) {
 *     await sendExport(res, { format: 'csv', filename: 'roll-calls', chunks: exportChunks('csv', rows, columns) });
 *   }
 *
 * The first chunk is awaited before any header is written, so a failure there (bad input, a query that fails
 * at once) still reaches the controller's exception filter as a proper error page. A failure later, once the
 * 200 is on the wire, cuts the response short (the client sees an incomplete download, never a file that
 * looks whole) and is logged.
 */
import type { ExportFormat } from '@app/core';
import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

const logger = new Logger('sendExport');

export async function sendExport(
  res: Response,
  options: { format: ExportFormat; filename: string; chunks: AsyncIterable<string>; cacheControl?: string },
): Promise<void> {
  const iterator = options.chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const name = `${options.filename.replace(/[^A-Za-z0-9._-]+/g, '-')}.${options.format}`;
  res.status(200).set({
    'Content-Type': EXPORT_CONTENT_TYPES[options.format],
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': options.cacheControl ?? 'public, max-age=60',
  });
  async function* rest(): AsyncGenerator<string> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  try {
    await pipeline(Readable.from(rest()), res);
  } catch (err) {
    // A reader who closes the tab mid-download is not an error worth more than a debug line.
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') logger.debug(`export ${name} aborted by the client`);
    else logger.error(`export ${name} failed after the headers were sent: ${(err as Error).message}`);
  }
}
