import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runTests } from '../src/runner/run-tests.ts';
import type { TestResult } from '../src/runner/results.ts';
import { noOrgTestOrg } from '../src/runner/test-org.ts';
import { FakeAccountOrg, loadSources } from './runner-fixtures.ts';

const byName = (tests: TestResult[], fullName: string): TestResult => {
  const found = tests.find((t) => t.fullName === fullName);
  assert.ok(found, `no result for ${fullName}`);
  return found;
};

describe('running test methods', () => {
  const program = loadSources({
    'Counter.cls': `public class Counter {
  public static Integer count = 0;
  public static Integer next() { count = count + 1; return count; }
}`,
    'OutcomeTest.cls': `@IsTest
private class OutcomeTest {
  public class Boom extends Exception {}
  @IsTest static void passes() { Integer n = Counter.next(); }
  @IsTest static void dereferencesNull() {
    String s;
    Integer n = s.length();
  }
  @IsTest static void throwsCustom() { throw new Boom('kaboom'); }
  @IsTest static void queriesWithoutAnOrg() { Integer n = [SELECT COUNT() FROM Account]; }
  @IsTest static void staticsStartFresh() {
    if (Counter.next() != 1) throw new Boom('statics leaked from an earlier method');
  }
}`,
  });
  const result = runTests(program, noOrgTestOrg());

  it('runs every method and reports Pass or Fail', () => {
    assert.deepEqual(
      result.tests.map((t) => [t.fullName, t.outcome]),
      [
        ['OutcomeTest.passes', 'Pass'],
        ['OutcomeTest.dereferencesNull', 'Fail'],
        ['OutcomeTest.throwsCustom', 'Fail'],
        ['OutcomeTest.queriesWithoutAnOrg', 'Fail'],
        ['OutcomeTest.staticsStartFresh', 'Pass'],
      ],
    );
  });

  it('reports an uncaught system exception as "Type: message" with an Apex stack trace', () => {
    const failure = byName(result.tests, 'OutcomeTest.dereferencesNull').failure;
    assert.equal(
      failure?.message,
      'System.NullPointerException: Attempt to de-reference a null object',
    );
    assert.match(
      failure?.stackTrace ?? '',
      /^Class\.OutcomeTest\.dereferencesNull: line \d+, column 1/,
    );
  });

  it('names a custom exception by its qualified class name', () => {
    assert.equal(
      byName(result.tests, 'OutcomeTest.throwsCustom').failure?.message,
      'OutcomeTest.Boom: kaboom',
    );
  });

  it('fails a method that needs what the runtime does not provide with an unsupported message', () => {
    assert.match(
      byName(result.tests, 'OutcomeTest.queriesWithoutAnOrg').failure?.message ?? '',
      /^unsupported: SOQL/,
    );
  });

  it('counts executed statements for the CPU estimate', () => {
    const passes = byName(result.tests, 'OutcomeTest.passes');
    assert.ok(passes.usage.statements >= 3, `statements: ${passes.usage.statements}`);
    assert.equal(passes.usage.soqlQueries, 0);
  });

  it('reports coverage of non-test classes only', () => {
    // Counter: the field initialiser (line 2) and the two statements sharing line 3.
    assert.deepEqual(
      result.coverage.classes.map((c) => [c.name, c.lines, c.coveredLines]),
      [['Counter', [2, 3], [2, 3]]],
    );
    assert.deepEqual(result.coverage.orgWide, { covered: 2, total: 2 });
  });
});

describe('@TestSetup and org isolation', () => {
  const sources = {
    'AccountsTest.cls': `@IsTest
private class AccountsTest {
  public class Wrong extends Exception {}
  public static Integer setupRuns = 0;
  @TestSetup static void makeData() {
    insert new Account(Name = 'from setup');
    setupRuns = setupRuns + 1;
  }
  @IsTest static void seesSetupDataAndAddsOne() {
    if (setupRuns != 0) throw new Wrong('setup statics are visible');
    insert new List<Account>{ new Account(Name = 'a'), new Account(Name = 'b') };
    Integer total = [SELECT COUNT() FROM Account];
    if (total != 3) throw new Wrong('expected 3 accounts, found ' + total);
  }
  @IsTest static void doesNotSeeTheOtherMethodsRows() {
    Integer total = [SELECT COUNT() FROM Account];
    if (total != 1) throw new Wrong('expected 1 account, found ' + total);
  }
}`,
  };

  it('runs setup once, restores its snapshot before each method and the original org at the end', () => {
    const org = new FakeAccountOrg();
    org.rows = ['existing'];
    const result = runTests(loadSources(sources, org.platform), org);
    assert.deepEqual(
      result.tests.map((t) => [t.methodName, t.outcome, t.failure?.message ?? null]),
      [
        ['seesSetupDataAndAddsOne', 'Fail', 'AccountsTest.Wrong: expected 3 accounts, found 4'],
        [
          'doesNotSeeTheOtherMethodsRows',
          'Fail',
          'AccountsTest.Wrong: expected 1 account, found 2',
        ],
      ],
    );
    assert.deepEqual(org.rows, ['existing']);
    assert.deepEqual(
      result.setups.map((s) => [s.fullName, s.failure]),
      [['AccountsTest.makeData', null]],
    );
  });

  it('gives each class the org as it was before the run', () => {
    const org = new FakeAccountOrg();
    const result = runTests(loadSources(sources, org.platform), org);
    assert.deepEqual(
      result.tests.map((t) => t.outcome),
      ['Pass', 'Pass'],
    );
    assert.deepEqual(org.calls, [
      'snapshot(0)',
      'restore(0)',
      'snapshot(1)',
      'restore(1)',
      'restore(1)',
      'restore(0)',
    ]);
  });

  it('reports the governor counters the org platform updated', () => {
    const org = new FakeAccountOrg();
    const [adds] = runTests(loadSources(sources, org.platform), org).tests;
    assert.deepEqual(
      adds && [adds.usage.dmlStatements, adds.usage.dmlRows, adds.usage.soqlQueries],
      [1, 2, 1],
    );
  });

  it('fails every test method of a class whose @TestSetup fails, with the setup error', () => {
    const program = loadSources({
      'BrokenSetupTest.cls': `@IsTest
private class BrokenSetupTest {
  @TestSetup static void makeData() { String s; s.length(); }
  @IsTest static void first() {}
  @IsTest static void second() {}
}`,
    });
    const result = runTests(program, noOrgTestOrg());
    assert.deepEqual(
      result.tests.map((t) => [t.methodName, t.outcome, t.failure?.message]),
      [
        ['first', 'Fail', 'System.NullPointerException: Attempt to de-reference a null object'],
        ['second', 'Fail', 'System.NullPointerException: Attempt to de-reference a null object'],
      ],
    );
    assert.equal(
      result.setups[0]?.failure?.message,
      'System.NullPointerException: Attempt to de-reference a null object',
    );
  });
});

describe('limits', () => {
  const program = loadSources({
    'LoopTest.cls': `@IsTest
private class LoopTest {
  @IsTest static void spins() {
    try {
      Integer i = 0;
      while (true) { i = i + 1; }
    } catch (Exception e) {
      // A LimitException cannot be caught: the test must still fail.
    }
  }
}`,
  });

  it('throws an uncatchable LimitException once the CPU estimate passes the limit', () => {
    const [spins] = runTests(program, noOrgTestOrg(), { cpuLimitMs: 2 }).tests;
    assert.equal(spins?.outcome, 'Fail');
    assert.equal(spins.failure?.message, 'System.LimitException: Apex CPU time limit exceeded');
    assert.equal(spins.usage.cpuMs, 2);
  });
});

describe('compile failures and filters', () => {
  const program = loadSources({
    'MixedTest.cls': `@IsTest
private class MixedTest {
  @IsTest void instanceMethod() {}
  @IsTest static void fine() {}
}`,
  });

  it('reports a test method that cannot run as CompileFail without stopping the class', () => {
    const result = runTests(program, noOrgTestOrg());
    assert.deepEqual(
      result.tests.map((t) => [t.methodName, t.outcome]),
      [
        ['instanceMethod', 'CompileFail'],
        ['fine', 'Pass'],
      ],
    );
  });

  it('turns filter entries that match nothing into load problems', () => {
    const result = runTests(program, noOrgTestOrg(), {
      filter: { classNames: [], tests: ['MixedTest.absent'] },
    });
    assert.deepEqual(result.tests, []);
    assert.deepEqual(result.problems, [
      { file: '', line: 0, message: 'no test class or method named MixedTest.absent' },
    ]);
  });
});
