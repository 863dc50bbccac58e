import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { BareAnswer } from './bare-http';
import type { LoadOptions, LoadResult } from './load-process';

/** Runs one scenario's load in a fresh load-generator process (bench/load-process.ts) and returns its result. */
export function loadInChild(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-process.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
      settled = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(`load generator failed: ${m.error}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code} before reporting`));
    });
    child.send(opts);
  });
}

/** Starts the bare node:http floor (bench/bare-http.ts) in its own process; resolves with its URL and a stop function. */
export function startBareHttp(answers: BareAnswer[]): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'bare-http.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (m: { port: number }) => {
      const stop = () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill();
        });
      resolve({ url: `http://127.0.0.1:${m.port}`, stop });
    });
    child.send(answers);
  });
}
