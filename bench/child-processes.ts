/** The benches' helper processes: a load generator per scenario, the bare node:http floor and the replay server, each forked. */
import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { BareAnswer } from './bare-http';
import type { LoadOptions, LoadResult } from './load-process';
import type { ReplayProcessMessage } from './replay-process';
import type { StoreSummary } from '../apps/replay/src';

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

/** A replay server in its own process (bench/replay-process.ts): its URL, store summary, request count and stop. */
export interface ReplayInChild {
  url: string;
  summary: StoreSummary;
  requests(): Promise<number>;
  stop(): Promise<void>;
}

export function startReplayInChild(scale: number): Promise<ReplayInChild> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'replay-process.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`replay process exited with code ${code} before it was ready`)));
    const counts: ((n: number) => void)[] = [];
    child.on('message', (m: ReplayProcessMessage) => {
      if (m.type === 'count') counts.shift()?.(m.requests);
      if (m.type !== 'ready') return;
      child.removeAllListeners('exit');
      resolve({
        url: m.url,
        summary: m.summary,
        requests: () =>
          new Promise<number>((done) => {
            counts.push(done);
            child.send({ type: 'count' });
          }),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
    child.send({ scale });
  });
}
