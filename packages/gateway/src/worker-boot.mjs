// Entry of every worker thread. Node 20 does not hand the tsx loader the gateway runs under to
// worker threads, so this registers it and then loads the TypeScript module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
