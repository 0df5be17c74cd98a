/**
 * Per-transaction Apex governor limits, synchronous and asynchronous, from "Execution Governors
 * and Limits": https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm
 * Limits.getLimitX() returns these; the natives that count (enqueueJob, Http.send) enforce them.
 */
import type { GovernorCounters, RuntimeServices } from '../../natives.ts';
import { executionState } from './execution-state.ts';

export type LimitTable = Readonly<Record<keyof GovernorCounters, number>>;

const SYNCHRONOUS: LimitTable = {
  soqlQueries: 100,
  queryRows: 50000,
  dmlStatements: 150,
  dmlRows: 10000,
  callouts: 100,
  queueableJobs: 50,
  futureCalls: 50,
  cpuTime: 10000,
  // 6 MB; Limits.getLimitHeapSize() reports 6000000 in synchronous Apex.
  heapSize: 6000000,
};

const ASYNCHRONOUS: LimitTable = {
  ...SYNCHRONOUS,
  soqlQueries: 200,
  // "In asynchronous transactions ... you can add only one job to the queue with System.enqueueJob."
  queueableJobs: 1,
  cpuTime: 60000,
  heapSize: 12000000,
};

/** The limits of the transaction now running (async ones inside a queued or scheduled job). */
export function currentLimits(runtime: RuntimeServices): LimitTable {
  return executionState(runtime).asyncJob ? ASYNCHRONOUS : SYNCHRONOUS;
}
