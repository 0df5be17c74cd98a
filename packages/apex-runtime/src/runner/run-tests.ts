/**
 * Runs Apex test classes the way the platform isolates them
 * ("Using Test Setup Methods" and "Understanding Testing in Apex",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_testsetup_using.htm):
 *
 *  - each class starts from the org as it was before the run;
 *  - its @TestSetup methods run once, then the org is snapshotted; before each test method the
 *    snapshot is restored, so changes a method makes are rolled back for the next;
 *  - every method (setup or test) is its own transaction: static state re-initialised, fresh
 *    governor limits and test context (Test.isRunningTest() true), debug log cleared, running
 *    as the org's default user;
 *  - a failure ends that method only; when a @TestSetup method fails, the class's test methods
 *    fail with its error, as in an org.
 */
import type { MethodDecl } from '../ast.ts';
import type { ClassInfo } from '../interpreter/class-info.ts';
import type { LoadedProgram } from '../program.ts';
import { Session } from '../runtime/session.ts';
import { classCoverage, summariseCoverage } from './coverage.ts';
import { discoverTests, type TestClassPlan, type TestFilter } from './discovery.ts';
import { describeFailure } from './failure.ts';
import { GovernedInterpreter } from './governed-interpreter.ts';
import { estimateHeapBytes } from './heap-estimate.ts';
import type {
  GovernorUsage,
  SetupResult,
  TestFailure,
  TestResult,
  TestRunResult,
} from './results.ts';
import type { TestOrg } from './test-org.ts';

export interface RunOptions {
  filter?: TestFilter;
  /** Millisecond clock for run times (default performance.now). */
  clock?: () => number;
  /** CPU limit in estimated milliseconds (default: the synchronous Apex limit). */
  cpuLimitMs?: number;
}

/**
 * Runs methods of one program. Each method gets its own Session and interpreter, so nothing a
 * transaction leaves behind (statics, limits, test context, debug log, in-memory async job rows)
 * reaches the next; line coverage is accumulated across them.
 */
class TestHarness {
  /** Lines executed by every method run so far, per file. */
  readonly coverage = new Map<string, Set<number>>();
  private last: GovernedInterpreter | undefined;

  constructor(
    private readonly program: LoadedProgram,
    readonly org: TestOrg,
    private readonly clock: () => number,
    private readonly cpuLimitMs?: number,
  ) {}

  /** Runs one static method in a new transaction; the error that ended it, if any. */
  runMethod(cls: ClassInfo, decl: MethodDecl): { failure: TestFailure | null; runTimeMs: number } {
    const session = new Session(this.org.defaultUserId, this.org.system);
    session.test = Session.freshTestContext(true);
    const interp = new GovernedInterpreter(
      this.program.registry,
      this.org.platform,
      session,
      this.cpuLimitMs,
    );
    interp.beginTransaction();
    this.last = interp;
    const start = this.clock();
    let failure: TestFailure | null = null;
    try {
      interp.invokeUser(cls, decl, null, []);
    } catch (error) {
      failure = describeFailure(error);
    }
    const runTimeMs = this.clock() - start;
    this.collectCoverage(interp);
    return { failure, runTimeMs };
  }

  private collectCoverage(interp: GovernedInterpreter): void {
    for (const [file, lines] of interp.coverage) {
      const all = this.coverage.get(file) ?? new Set<number>();
      for (const line of lines) all.add(line);
      this.coverage.set(file, all);
    }
  }

  /** Governor usage of the method run last. */
  usage(): GovernorUsage {
    const interp = this.last;
    if (!interp) return emptyUsage();
    const counters = interp.transactionCounters();
    const sum = (pick: (c: (typeof counters)[number]) => number): number =>
      counters.reduce((total, c) => total + pick(c), 0);
    return {
      soqlQueries: sum((c) => c.soqlQueries),
      dmlStatements: sum((c) => c.dmlStatements),
      dmlRows: sum((c) => c.dmlRows),
      callouts: sum((c) => c.callouts),
      statements: interp.statementCount,
      cpuMs: interp.cpuEstimateMs(),
      heapBytes: estimateHeapBytes(interp.staticValues()),
    };
  }
}

function runClass(
  harness: TestHarness,
  plan: TestClassPlan,
  setups: SetupResult[],
  tests: TestResult[],
): void {
  const { cls } = plan;
  let setupFailure: TestFailure | null = null;
  for (const decl of plan.setups) {
    const { failure, runTimeMs } = harness.runMethod(cls, decl);
    setups.push({
      className: cls.name,
      methodName: decl.name,
      fullName: `${cls.name}.${decl.name}`,
      runTimeMs,
      failure,
    });
    if (failure) {
      setupFailure = failure;
      break;
    }
  }
  const afterSetup = harness.org.snapshot();
  for (const method of plan.methods) {
    const base = {
      className: cls.name,
      methodName: method.decl.name,
      fullName: `${cls.name}.${method.decl.name}`,
    };
    if (method.compileError || setupFailure) {
      const failure = setupFailure ?? { message: method.compileError ?? '', stackTrace: null };
      const outcome = method.compileError ? 'CompileFail' : 'Fail';
      tests.push({ ...base, outcome, failure, runTimeMs: 0, usage: emptyUsage() });
      continue;
    }
    harness.org.restore(afterSetup);
    const { failure, runTimeMs } = harness.runMethod(cls, method.decl);
    tests.push({
      ...base,
      outcome: failure ? 'Fail' : 'Pass',
      failure,
      runTimeMs,
      usage: harness.usage(),
    });
  }
}

function emptyUsage(): GovernorUsage {
  return {
    soqlQueries: 0,
    dmlStatements: 0,
    dmlRows: 0,
    callouts: 0,
    statements: 0,
    cpuMs: 0,
    heapBytes: 0,
  };
}

/** Runs the selected test classes of `program` against `org`; the org is left as it was found. */
export function runTests(
  program: LoadedProgram,
  org: TestOrg,
  options: RunOptions = {},
): TestRunResult {
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  const harness = new TestHarness(program, org, clock, options.cpuLimitMs);
  const { plans, unknown } = discoverTests(program.registry, options.filter);
  const problems = [
    ...program.problems,
    ...unknown.map((name) => ({
      file: '',
      line: 0,
      message: `no test class or method named ${name}`,
    })),
  ];
  const setups: SetupResult[] = [];
  const tests: TestResult[] = [];
  const beforeRun = org.snapshot();
  try {
    for (const plan of plans) {
      org.restore(beforeRun);
      runClass(harness, plan, setups, tests);
    }
  } finally {
    org.restore(beforeRun);
  }
  const coverage = summariseCoverage(classCoverage(program.units, harness.coverage));
  return { tests, setups, problems, coverage, totalTimeMs: clock() - start };
}
