/** What every benchmark run needs: a unique database-name suffix and cleanups run in reverse order. */
export function runSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export class CleanupStack {
  private readonly fns: (() => Promise<unknown>)[] = [];

  push(fn: () => Promise<unknown>): void {
    this.fns.push(fn);
  }

  /** Runs every cleanup, newest first, reporting failures without stopping. */
  async run(): Promise<void> {
    for (const fn of this.fns.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error(`cleanup failed: ${(err as Error).message}`);
      }
    }
  }
}
