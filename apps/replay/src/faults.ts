/**
 * Injected failures, so tests can derive the awkward cases (server errors, throttling, cut-off or
 * broken bodies, stalls, schema drift) from the real captures instead of hand-written payloads.
 */
export type FaultKind = 'status' | 'truncate' | 'malformed' | 'hang' | 'drift' | 'redirect';

export interface FaultRule {
  /** Tested against the request path including its query string, e.g. `/matter?top=100&skip=0`. */
  match: RegExp | ((path: string) => boolean);
  kind: FaultKind;
  /** For 'status' (default 500). */
  status?: number;
  /** Seconds for a Retry-After header (sent with 'status'). */
  retryAfter?: number;
  /** How many matching requests this rule affects before it stops matching (default Infinity). */
  times?: number;
  /** For 'drift': rewrites the parsed body before it is encoded and sent. */
  patch?: (body: unknown) => unknown;
  /** Message for 'status' bodies. */
  message?: string;
  /** For 'redirect': the Location answered (status 302 unless `status` says otherwise). */
  location?: string;
}

/** Keeps per-rule remaining counts; the first live matching rule wins. */
export class FaultPlan {
  private rules: { rule: FaultRule; left: number }[] = [];

  constructor(rules: readonly FaultRule[] = []) {
    this.set(rules);
  }

  set(rules: readonly FaultRule[]): void {
    for (const rule of rules) {
      if (rule.kind === 'drift' && typeof rule.patch !== 'function') throw new Error("A 'drift' fault needs a patch function");
      if (rule.kind === 'redirect' && !rule.location) throw new Error("A 'redirect' fault needs a location");
      if (rule.times !== undefined && !(rule.times >= 0)) throw new Error(`Fault times must be >= 0, got ${rule.times}`);
    }
    this.rules = rules.map((rule) => ({ rule, left: rule.times ?? Infinity }));
  }

  /** The rule that applies to this request, consuming one of its `times`. */
  take(pathWithQuery: string): FaultRule | undefined {
    for (const entry of this.rules) {
      if (entry.left <= 0) continue;
      const { match } = entry.rule;
      let hit: boolean;
      if (typeof match === 'function') hit = match(pathWithQuery);
      else {
        match.lastIndex = 0; // a /g or /y RegExp keeps state between test() calls
        hit = match.test(pathWithQuery);
      }
      if (hit) {
        entry.left--;
        return entry.rule;
      }
    }
    return undefined;
  }
}
