import { Kind, parse } from 'graphql';

/** Remembered verdicts; beyond this many distinct queries the oldest are forgotten. */
const MAX_REMEMBERED = 10_000;

/**
 * Whether a query text (by its sha256) is a read: only `query` operations are cached, never
 * mutations or subscriptions. A persisted-query GET carries only the hash, so the verdict is kept
 * from when the text was seen (the APQ registration); a hash never seen with its text is not cached.
 */
export class ReadOnlyOperations {
  private readonly verdicts = new Map<string, Map<string, boolean>>();

  learn(hash: string, query: string): void {
    if (this.verdicts.has(hash)) return;
    let byName: Map<string, boolean>;
    try {
      const doc = parse(query, { noLocation: true });
      byName = new Map();
      for (const def of doc.definitions) {
        if (def.kind === Kind.OPERATION_DEFINITION) byName.set(def.name?.value ?? '', def.operation === 'query');
      }
    } catch {
      return;
    }
    if (this.verdicts.size >= MAX_REMEMBERED) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(hash, byName);
  }

  /** True when the operation the request runs is a query (the only one, or the one named). */
  isQuery(hash: string, operationName: string | null): boolean {
    const byName = this.verdicts.get(hash);
    if (!byName) return false;
    if (operationName !== null) return byName.get(operationName) === true;
    return byName.size === 1 && [...byName.values()][0];
  }
}
