import type { Request, Response } from 'express';

/** The one cookie the site sets, and only when the reader asks it to remember their ward. */
export const WARD_COOKIE = 'ward';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** A ward number 1–50 from text, or null. */
export function parseWard(value: unknown): number | null {
  const s = typeof value === 'string' ? value.trim() : '';
  const n = /^\d{1,2}$/.test(s) ? Number(s) : NaN;
  return n >= 1 && n <= 50 ? n : null;
}

/** The remembered ward, from the Cookie header (no cookie parser needed for one value). */
export function readWardCookie(req: Pick<Request, 'headers'>): number | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === WARD_COOKIE) return parseWard(value);
  }
  return null;
}

/** HttpOnly (no script needs it), SameSite=Lax, Secure when the site is served over https. */
export function setWardCookie(res: Response, ward: number, secure: boolean): void {
  const attrs = [`${WARD_COOKIE}=${ward}`, 'Path=/', `Max-Age=${ONE_YEAR_SECONDS}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}

export function clearWardCookie(res: Response, secure: boolean): void {
  const attrs = [`${WARD_COOKIE}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}
