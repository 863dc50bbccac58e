import { AppConfig } from '../config/app-config';
import { OutboundTargetRefusedError, resolvePublicTarget, type PublicTarget, type ResolvePublicTargetOptions } from './ssrf-guard';

/** Redirects followed within the source hosts before a fetch gives up. */
export const MAX_SOURCE_REDIRECTS = 5;

/** `https://host:port` of a URL, with the scheme's default port left out (as URL.origin does). */
function originOf(url: URL): string {
  return url.origin.toLowerCase();
}

/**
 * @description The one rule for every URL the worker fetches. Sources (eLMS, attachments, the code
 * library) may be read only on the configured base URLs' origins: same scheme, host and port, so a
 * redirect or a URL taken from source data cannot move a fetch elsewhere or down to http. Any other
 * URL (a webhook target) passes the SSRF guard: public addresses only, unless allow-listed.
 */
export class OutboundPolicy {
  private readonly origins: ReadonlySet<string>;

  constructor(
    sourceBaseUrls: readonly string[],
    private readonly guard: Pick<ResolvePublicTargetOptions, 'allowHosts'> = {},
  ) {
    this.origins = new Set(sourceBaseUrls.map((u) => originOf(new URL(u))));
  }

  static fromConfig(config: AppConfig): OutboundPolicy {
    const d = config.documents;
    return new OutboundPolicy([config.elms.baseUrl, d.attachmentsBaseUrl, d.codeLibraryBaseUrl], {
      allowHosts: config.webhooks.allowHosts,
    });
  }

  /** The allowed source origins, for messages and docs. */
  get sourceOrigins(): string[] {
    return [...this.origins];
  }

  /** The URL, parsed, when it is on a source host; otherwise throws OutboundTargetRefusedError. */
  assertSourceUrl(url: string | URL): URL {
    let parsed: URL;
    try {
      parsed = typeof url === 'string' ? new URL(url) : url;
    } catch {
      throw new OutboundTargetRefusedError('URL_INVALID', `URL refused: ${JSON.stringify(url)} is not a valid URL`);
    }
    if (!this.origins.has(originOf(parsed))) {
      throw new OutboundTargetRefusedError(
        'URL_NOT_SOURCE',
        `URL refused: ${originOf(parsed)} is not an allowed source host (allowed: ${this.sourceOrigins.join(', ')})`,
      );
    }
    return parsed;
  }

  /** The next hop of a source redirect, checked like the first URL. */
  assertSourceRedirect(from: string, location: string): URL {
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw new OutboundTargetRefusedError('URL_INVALID', `redirect from ${from} refused: ${JSON.stringify(location)} is not a valid URL`);
    }
    try {
      return this.assertSourceUrl(next);
    } catch (err) {
      if (err instanceof OutboundTargetRefusedError)
        throw new OutboundTargetRefusedError(err.code, `redirect from ${from} to ${next.href} refused: ${err.message}`);
      throw err;
    }
  }

  /** A URL a user gave (webhooks): the SSRF guard, resolving to the one address to connect to. */
  resolvePublicTarget(url: string, opts: Omit<ResolvePublicTargetOptions, 'allowHosts'> = {}): Promise<PublicTarget> {
    return resolvePublicTarget(url, { ...opts, allowHosts: this.guard.allowHosts });
  }
}
