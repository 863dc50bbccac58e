import { SCRIPT, STYLESHEET } from './assets/assets';
import { html, HtmlValue, SafeHtml } from './html';
import { ADVOCACY_LABELS } from './i18n/advocacy-labels';
import { VOTES_LABELS } from './i18n/votes-labels';
import { SEARCH_LABELS } from './i18n/search-labels';
import { absoluteUrl, localHref, otherLanguageHref, PageContext } from './page-context';
import { ALERTS_PAGE_LABELS } from './i18n/alerts-labels';

export interface PageOptions {
  /** The page's own title (the h1 is the page's business; this is for <title> and Open Graph). */
  title: string;
  description: string;
  body: HtmlValue;
  /** Path of the canonical version of this page (defaults to the request path, without its query). */
  canonicalPath?: string;
  ogType?: 'website' | 'article';
  /** Error and search-result pages are not worth indexing. */
  noindex?: boolean;
}

/**
 * The page shell shared by every page: landmarks (header, nav, main, footer), a skip link, the
 * language toggle, canonical, hreflang and Open Graph tags, the stylesheet and the script.
 */
export function renderPage(ctx: PageContext, page: PageOptions): string {
  const { t } = ctx;
  const canonicalPath = page.canonicalPath ?? ctx.path;
  const canonical = absoluteUrl(ctx, canonicalPath, ctx.lang);
  const fullTitle = page.title === t.siteName ? t.siteName : `${page.title} · ${t.siteName}`;
  const doc: SafeHtml = html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
${
  page.noindex
    ? html`<meta name="robots" content="noindex">
`
    : null
}<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="en" href="${absoluteUrl(ctx, canonicalPath, 'en')}">
<link rel="alternate" hreflang="es" href="${absoluteUrl(ctx, canonicalPath, 'es')}">
<meta property="og:site_name" content="${t.siteName}">
<meta property="og:type" content="${page.ogType ?? 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${t.ogLocale}">
<meta property="og:locale:alternate" content="${ctx.lang === 'en' ? 'es_US' : 'en_US'}">
<link rel="stylesheet" href="${STYLESHEET.path}">
<script src="${SCRIPT.path}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
${
  ctx.demo
    ? html`<p class="demo-banner" role="note"><strong>${t.demoBannerTitle}</strong> ${t.demoBannerText}</p>
`
    : null
}<header class="site-header">
<div class="wrap">
<a class="site-name" href="${localHref(ctx, '/')}">${t.siteName}</a>
<nav aria-label="${t.mainNav}">
<ul>
<li><a href="${localHref(ctx, '/')}">${t.navTracked}</a></li>
<li><a href="${localHref(ctx, '/search')}">${SEARCH_LABELS[ctx.lang].nav}</a></li>
<li><a href="${localHref(ctx, '/find-your-alder')}">${ADVOCACY_LABELS[ctx.lang].navFindAlder}</a></li>
<li><a href="${localHref(ctx, '/votes')}">${VOTES_LABELS[ctx.lang].nav}</a></li>
<li><a href="${otherLanguageHref(ctx)}" lang="${t.otherLang}" hreflang="${t.otherLang}" title="${t.switchLanguage}">${t.otherLangName}</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
${page.body}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<p>${t.footerSource} ${t.footerNotOfficial} ${t.timesAreChicago}</p>
<div class="feeds">
<p>${t.feedsLabel}:</p>
<ul>
<li><a href="/feeds/tracked.ics">${t.calendarFeed}</a></li>
<li><a href="/feeds/tracked.atom">${t.atomFeed}</a></li>
<li><a href="${localHref(ctx, '/alerts')}">${ALERTS_PAGE_LABELS[ctx.lang].title}</a></li>
</ul>
</div>
<p id="copy-status" class="sr-only" role="status" aria-live="polite"></p>
</div>
</footer>
</body>
</html>
`;
  return doc.toString();
}
