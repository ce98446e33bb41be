// Worker thread entry for bulk ingest: receives batches of texts, answers with their analyses (or the
// error of the one that failed, which costs that report, not the batch). Pure work only: no store here.
import { parentPort } from 'node:worker_threads';
import { analyse, type Analysis, type AnalysisInput } from './worker-task.js';

export interface WorkerRequest {
  job: number;
  items: AnalysisInput[];
}

export type WorkerResult = { ok: true; analysis: Analysis } | { ok: false; reason: string };

export interface WorkerResponse {
  job: number;
  results: WorkerResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results: WorkerResult[] = req.items.map((item) => {
    try {
      return { ok: true, analysis: analyse(item) };
    } catch (e) {
      return { ok: false, reason: `extraction failed (${(e as Error).message})` };
    }
  });
  parentPort!.postMessage({ job: req.job, results } satisfies WorkerResponse);
});
