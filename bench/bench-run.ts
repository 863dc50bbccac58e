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

/** A benchmark's own correctness check failed: reported as such, exit code 1. */
export class BenchCheckError extends Error {}

/**
 * Runs a benchmark's main: exits with its code, or 1 on a failed check or any error; the cleanups
 * it registered always run first.
 */
export function runBench(main: (cleanups: CleanupStack) => Promise<number>): void {
  const cleanups = new CleanupStack();
  // The chain ends in process.exit: nothing is left to await it.
  void main(cleanups)
    .catch((err: unknown) => {
      if (err instanceof BenchCheckError) console.error(`check failed: ${err.message}`);
      else console.error(err);
      return 1;
    })
    .then(async (code) => {
      await cleanups.run();
      process.exit(code);
    });
}
