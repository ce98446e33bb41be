// A small pool of worker threads running worker.ts: each job (a batch of texts) goes to the worker with the
// fewest jobs in hand, and answers come back as promises. Used by bulk ingest only.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './worker.js';
import type { AnalysisInput } from './worker-task.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: WorkerResult[]) => void; reject: (e: Error) => void }>;
}

/**
 * The compiled worker script. From dist/ it sits next to this module; under vitest or tsx (running src/*.ts)
 * it is the built copy in dist/, since a worker thread cannot load TypeScript. null when there is none.
 */
export function workerScript(): URL | null {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return existsSync(fileURLToPath(here)) ? here : null;
  const built = new URL('../../dist/ingest/worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : null;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private nextJob = 0;

  private constructor(script: URL, size: number) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(script), pending: new Map() };
      slot.worker.on('message', (res: WorkerResponse) => {
        const p = slot.pending.get(res.job);
        slot.pending.delete(res.job);
        p?.resolve(res.results);
      });
      const fail = (err: Error) => {
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  /** A pool of `size` workers, or null when the worker script is not built (callers then work inline). */
  static create(size: number): AnalysisPool | null {
    const script = workerScript();
    return script && size > 0 ? new AnalysisPool(script, size) : null;
  }

  get size(): number {
    return this.slots.length;
  }

  run(items: AnalysisInput[]): Promise<WorkerResult[]> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      slot.pending.set(job, { resolve, reject });
      slot.worker.postMessage({ job, items } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => {
      s.worker.removeAllListeners('exit');
      return s.worker.terminate();
    }));
  }
}
