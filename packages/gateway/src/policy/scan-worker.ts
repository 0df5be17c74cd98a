/**
 * A worker thread of the scan pool: scans the texts it is sent and answers with category
 * counts. A failure answers with the error's name only: its message could quote the text.
 */
import { parentPort } from 'node:worker_threads';
import { countFindings } from './phi-counts.ts';
import type { ScanJob, ScanAnswer } from './scan-pool.ts';

if (!parentPort) throw new Error('scan-worker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (job: ScanJob) => {
  let answer: ScanAnswer;
  try {
    answer = { id: job.id, counts: countFindings(job.texts, job.minConfidence) };
  } catch (error) {
    answer = { id: job.id, failure: (error as Error).name || 'Error' };
  }
  port.postMessage(answer);
});
