/**
 * Markup for the server-rendered pages. Everything on them that came from eLMS (titles, names,
 * action text, file names, URLs) or from the request (search words) is untrusted, so the one way
 * to build markup is the `html` tag: every interpolated value is escaped unless it is itself
 * markup built by `html` (or, for markup known to be safe, wrapped in `raw`). Attribute values must
 * be written in double quotes (`href="${url}"`), where an escaped value cannot end the attribute.
 */

/** Markup that is safe to emit as is: built by `html`, or declared trusted with `raw`. */
export class SafeHtml {
  constructor(private readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated: markup, text (escaped), or nothing (null, undefined, false render as ''). */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Trusted markup, emitted unescaped: only for constants of this code, never for data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A scraped URL as an href, or null when it is not http(s): `javascript:`, `data:` and relative
 * URLs are never linked. Returns the parser's serialisation, so what was checked is what is emitted.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** A link to a scraped URL when it is http(s); otherwise the label alone, as text. */
export function externalLink(url: string | null | undefined, label: HtmlValue): SafeHtml {
  const href = httpUrl(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer">${label}</a>` : html`${label}`;
}

// Narrow on purpose: no "?" or "&", which would add headers or a body to the mailto: URL.
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** A mailto: link for a plausible e-mail address; anything else is shown as text. */
export function emailLink(address: string | null | undefined): SafeHtml {
  const a = address?.trim();
  if (!a) return html``;
  return EMAIL.test(a) ? html`<a href="mailto:${a}">${a}</a>` : html`${a}`;
}
