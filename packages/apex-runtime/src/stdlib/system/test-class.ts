/**
 * System.Test (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_test.htm).
 *
 * startTest "marks the point in your test code when your test actually begins. Each test method
 * is allowed to call this method only once"; the code until stopTest gets a new set of governor
 * limits, and stopTest returns to the original ones and runs the asynchronous work collected
 * ("Using Limits, startTest, and stopTest",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_start_stop_test.htm).
 * startTest is also a commit point: DML before it does not block mock callouts after it
 * ("Performing DML Operations and Mock Callouts").
 *
 * Not implemented (absent): getStandardPricebookId, loadData, setFixedSearchResults,
 * setCurrentPage, getEventBus, enableChangeDataCapture, setReadOnlyApplicationMode, testInstall,
 * and every mock interface of setMock except HttpCalloutMock.
 */
import {
  staticMethod,
  type NativeClass,
  type NativeContext,
  type RuntimeServices,
} from '../../natives.ts';
import { UnsupportedError, type ApexValue } from '../../values.ts';
import { instanceArg, typeArg } from './arguments.ts';
import { executionState, swapCounters, zeroCounters } from './execution-state.ts';

const HTTP_CALLOUT_MOCK = 'system.httpcalloutmock';

function requireTest(runtime: RuntimeServices, what: string): void {
  if (!runtime.test.isRunningTest) throw new UnsupportedError(`${what} outside a test`);
}

function startTest(ctx: NativeContext): null {
  const runtime = ctx.runtime;
  requireTest(runtime, 'Test.startTest');
  if (runtime.test.startTestUsed)
    throw ctx.error('System.FinalException', 'Testing already started');
  runtime.test.startTestUsed = true;
  runtime.test.inStartStop = true;
  executionState(runtime).countersBeforeStartTest = swapCounters(runtime, zeroCounters());
  runtime.uncommittedWork = false;
  return null;
}

/**
 * Runs the jobs queued so far, in order. Jobs those jobs queue are not run: in a test, chaining a
 * queueable fails (System.enqueueJob), and work a scheduled job queues waits.
 */
function stopTest(ctx: NativeContext): null {
  const runtime = ctx.runtime;
  requireTest(runtime, 'Test.stopTest');
  const state = executionState(runtime);
  const saved = state.countersBeforeStartTest;
  if (!runtime.test.inStartStop || !saved) {
    throw new UnsupportedError('Test.stopTest without a preceding Test.startTest');
  }
  const queue = runtime.test.queuedJobs;
  const jobs = queue.splice(0, queue.length);
  try {
    for (const job of jobs) job.run();
  } finally {
    runtime.test.inStartStop = false;
    state.countersBeforeStartTest = null;
    swapCounters(runtime, saved);
  }
  return null;
}

function setMock(
  ctx: NativeContext,
  type: ApexValue | undefined,
  mock: ApexValue | undefined,
): null {
  requireTest(ctx.runtime, 'Test.setMock');
  const interfaceType = typeArg(type, 'Test.setMock').type;
  if (interfaceType.kind !== 'class' || interfaceType.name.toLowerCase() !== HTTP_CALLOUT_MOCK) {
    throw new UnsupportedError(`Test.setMock for ${JSON.stringify(interfaceType)}`);
  }
  ctx.runtime.test.httpMock = instanceArg(mock, 'Test.setMock');
  return null;
}

export const testClass: NativeClass = {
  name: 'System.Test',
  methods: [
    staticMethod('startTest', [], 'void', (ctx) => startTest(ctx)),
    staticMethod('stopTest', [], 'void', (ctx) => stopTest(ctx)),
    staticMethod('isRunningTest', [], 'Boolean', (ctx) => ctx.runtime.test.isRunningTest),
    staticMethod('setMock', ['System.Type', 'Object'], 'void', (ctx, _self, [type, mock]) =>
      setMock(ctx, type, mock),
    ),
    staticMethod(
      'createStub',
      ['System.Type', 'System.StubProvider'],
      'Object',
      (ctx, _self, [type, provider]) =>
        ctx.createStub(typeArg(type, 'Test.createStub').type, provider ?? null),
    ),
  ],
};
