/**
 * System.Limits: resources used so far in the current context and the limit for that context
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_limits.htm).
 * Between Test.startTest and Test.stopTest the counters start again from zero.
 * Not implemented (absent): email, SOSL, push, publish-immediate, aggregate-query and the other
 * counters the runtime does not keep.
 */
import type { GovernorCounters } from '../../natives.ts';
import { staticMethod, type NativeClass, type NativeMethod } from '../../natives.ts';
import { currentLimits } from './governor-limits.ts';

/** Limits.getX / Limits.getLimitX method name suffix -> counter. */
const COUNTERS: [string, keyof GovernorCounters][] = [
  ['Queries', 'soqlQueries'],
  ['QueryRows', 'queryRows'],
  ['DmlStatements', 'dmlStatements'],
  ['DmlRows', 'dmlRows'],
  ['Callouts', 'callouts'],
  ['QueueableJobs', 'queueableJobs'],
  ['FutureCalls', 'futureCalls'],
  ['CpuTime', 'cpuTime'],
  ['HeapSize', 'heapSize'],
];

function counterMethods([suffix, counter]: [string, keyof GovernorCounters]): NativeMethod[] {
  return [
    // The CPU and heap figures are estimates kept as whole numbers of ms / bytes.
    staticMethod(`get${suffix}`, [], 'Integer', (ctx) => Math.floor(ctx.runtime.limits[counter])),
    staticMethod(`getLimit${suffix}`, [], 'Integer', (ctx) => currentLimits(ctx.runtime)[counter]),
  ];
}

export const limitsClass: NativeClass = {
  name: 'System.Limits',
  methods: COUNTERS.flatMap(counterMethods),
};
