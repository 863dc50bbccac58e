import { createHash } from 'node:crypto';
import { SITE_CSS } from './site-css';
import { SITE_JS } from './site-js';

export interface StaticAsset {
  /** URL path, with a content hash: a new version gets a new URL, so it may be cached for a year. */
  path: string;
  contentType: string;
  body: Buffer;
}

function asset(name: string, ext: string, contentType: string, text: string): StaticAsset {
  const body = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, contentType, body };
}

export const STYLESHEET = asset('site', 'css', 'text/css; charset=utf-8', SITE_CSS);
export const SCRIPT = asset('site', 'js', 'text/javascript; charset=utf-8', SITE_JS);

const BY_FILE = new Map([STYLESHEET, SCRIPT].map((a) => [a.path.slice('/assets/'.length), a]));

export function findAsset(file: string): StaticAsset | undefined {
  return BY_FILE.get(file);
}
