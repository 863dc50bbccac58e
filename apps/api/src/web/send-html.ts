import type { Response } from 'express';

/** Pages follow eLMS, which the worker polls every few minutes: a minute of caching is harmless. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60';
export const ERROR_CACHE_CONTROL = 'no-store';

export function sendHtml(res: Response, status: number, body: string, cacheControl: string = PAGE_CACHE_CONTROL): void {
  res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl }).send(body);
}
