import type { Request } from 'express';
import { DICTIONARIES, Dictionary, Lang, parseLang } from './i18n';

/** What every page needs to know about the request it answers. */
export interface PageContext {
  lang: Lang;
  t: Dictionary;
  /** Request path, always starting with a single "/" (never "//host", which would be a link off-site). */
  path: string;
  query: URLSearchParams;
  /** PUBLIC_BASE_URL, without a trailing slash: canonical and Open Graph URLs are absolute. */
  baseUrl: string;
  /** DEMO_MODE: every page says that its records are replayed and synthetic (`npm run demo`). */
  demo: boolean;
}

export function pageContext(req: Request, site: { publicBaseUrl: string; demoMode: boolean }): PageContext {
  const url = new URL(req.originalUrl ?? req.url, 'http://localhost');
  const lang = parseLang(url.searchParams.get('lang'));
  return {
    lang,
    t: DICTIONARIES[lang],
    path: `/${url.pathname.replace(/^\/+/, '')}`,
    query: url.searchParams,
    baseUrl: site.publicBaseUrl,
    demo: site.demoMode,
  };
}

function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A link to one of our pages in the reader's language (English is the default and needs no parameter). */
export function localHref(ctx: Pick<PageContext, 'lang'>, path: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams(params);
  if (ctx.lang !== 'en') q.set('lang', ctx.lang);
  return withQuery(path, q);
}

/** This very page (path and query kept) in the other language. */
export function otherLanguageHref(ctx: PageContext): string {
  const q = new URLSearchParams(ctx.query);
  if (ctx.t.otherLang === 'en') q.delete('lang');
  else q.set('lang', ctx.t.otherLang);
  return withQuery(ctx.path, q);
}

/** Absolute URL of a page in a given language, for canonical and hreflang links. */
export function absoluteUrl(ctx: PageContext, path: string, lang: Lang): string {
  return `${ctx.baseUrl}${localHref({ lang }, path)}`;
}

export function matterPath(recordNumber: string): string {
  return `/matters/${encodeURIComponent(recordNumber)}`;
}

export function alderPath(ward: string | number): string {
  return `/alders/${encodeURIComponent(String(ward))}`;
}
