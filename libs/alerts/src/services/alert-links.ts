import { timingSafeEqual } from 'node:crypto';

/** The page that confirms (`confirm`) or ends (`unsubscribe`) a subscription, in its language. */
export function alertLink(baseUrl: string, action: 'confirm' | 'unsubscribe', id: string, token: string, lang: 'en' | 'es'): string {
  const q = new URLSearchParams({ id, token });
  if (lang !== 'en') q.set('lang', lang);
  return `${baseUrl}/alerts/${action}?${q.toString()}`;
}

/** Constant-time comparison of a presented token with the stored one. */
export function sameToken(presented: string, stored: string): boolean {
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(stored, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
