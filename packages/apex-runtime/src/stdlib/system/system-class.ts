/**
 * System.System: the static methods called as `System.x(...)`
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_system.htm).
 * System.runAs is a statement (the interpreter's); Label and the System.X types are resolved by
 * the registry. Not implemented (absent): scheduleBatch, enqueueJob with AsyncOptions or a delay,
 * attachFinalizer, purgeOldAsyncJobs, requestVersion, resetPassword, setPassword,
 * getApplicationReadWriteMode, and the remaining System methods not listed below.
 */
import { staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { ApexDatetime, ApexEnumValue, type ApexValue } from '../../values.ts';
import { dateOfDatetime } from '../datetime/index.ts';
import { assertMethodsOfSystem } from './assert-methods.ts';
import { abortJob, enqueueJob, scheduleJob } from './async-jobs.ts';
import { executionState } from './execution-state.ts';

/**
 * One System.debug entry: "LEVEL|message", the last two columns of the USER_DEBUG debug-log
 * line. Strings print as they are, other values as String.valueOf would.
 */
function debug(ctx: NativeContext, level: string, message: ApexValue): null {
  ctx.runtime.debugLog.push(`${level}|${ctx.stringify(message)}`);
  return null;
}

function levelName(value: ApexValue | undefined): string {
  if (value instanceof ApexEnumValue && value.enumType === 'System.LoggingLevel') return value.name;
  throw new TypeError('System.debug: expected a System.LoggingLevel');
}

function isRunningJob(ctx: NativeContext, jobType: 'Queueable' | 'ScheduledApex'): boolean {
  return executionState(ctx.runtime).asyncJob?.jobType === jobType;
}

export const systemClass: NativeClass = {
  name: 'System.System',
  methods: [
    staticMethod('debug', ['Object'], 'void', (ctx, _self, [message = null]) =>
      debug(ctx, 'DEBUG', message),
    ),
    staticMethod(
      'debug',
      ['System.LoggingLevel', 'Object'],
      'void',
      (ctx, _self, [level, message = null]) => debug(ctx, levelName(level), message),
    ),
    ...assertMethodsOfSystem,
    staticMethod('now', [], 'Datetime', (ctx) => new ApexDatetime(ctx.runtime.now())),
    // The running user's time zone is GMT in this runtime (see src/stdlib/datetime).
    staticMethod('today', [], 'Date', (ctx) => dateOfDatetime(new ApexDatetime(ctx.runtime.now()))),
    staticMethod('currentTimeMillis', [], 'Long', (ctx) => BigInt(ctx.runtime.now())),
    staticMethod('enqueueJob', ['Object'], 'Id', (ctx, _self, [job]) => enqueueJob(ctx, job)),
    staticMethod(
      'schedule',
      ['String', 'String', 'Object'],
      'String',
      (ctx, _self, [name, cron, job]) => scheduleJob(ctx, name, cron, job),
    ),
    staticMethod('abortJob', ['String'], 'void', (ctx, _self, [jobId]) => {
      abortJob(ctx, jobId);
      return null;
    }),
    staticMethod('isQueueable', [], 'Boolean', (ctx) => isRunningJob(ctx, 'Queueable')),
    staticMethod('isScheduled', [], 'Boolean', (ctx) => isRunningJob(ctx, 'ScheduledApex')),
    // Batch Apex and future methods never run in this runtime.
    staticMethod('isBatch', [], 'Boolean', () => false),
    staticMethod('isFuture', [], 'Boolean', () => false),
  ],
};
