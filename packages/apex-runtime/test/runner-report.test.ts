import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHumanReport } from '../src/runner/human-report.ts';
import { toJsonReport } from '../src/runner/json-report.ts';
import { percentage, type GovernorUsage, type TestRunResult } from '../src/runner/results.ts';
import { formatTable } from '../src/runner/text-table.ts';
import { judgeRun } from '../src/runner/verdict.ts';

const usage = (overrides: Partial<GovernorUsage> = {}): GovernorUsage => ({
  soqlQueries: 0,
  dmlStatements: 0,
  dmlRows: 0,
  callouts: 0,
  statements: 0,
  cpuMs: 0,
  heapBytes: 0,
  ...overrides,
});

function sampleRun(): TestRunResult {
  return {
    tests: [
      {
        className: 'FooTest',
        methodName: 'works',
        fullName: 'FooTest.works',
        outcome: 'Pass',
        failure: null,
        runTimeMs: 12,
        usage: usage({
          soqlQueries: 2,
          dmlStatements: 1,
          dmlRows: 3,
          statements: 40,
          cpuMs: 0,
          heapBytes: 64,
        }),
      },
      {
        className: 'FooTest',
        methodName: 'breaks',
        fullName: 'FooTest.breaks',
        outcome: 'Fail',
        failure: {
          message: 'System.AssertException: Assertion Failed',
          stackTrace: 'Class.FooTest.breaks: line 9, column 1',
        },
        runTimeMs: 5,
        usage: usage(),
      },
    ],
    setups: [
      {
        className: 'FooTest',
        methodName: 'makeData',
        fullName: 'FooTest.makeData',
        runTimeMs: 7,
        failure: null,
      },
    ],
    problems: [],
    coverage: {
      classes: [
        {
          name: 'Foo',
          file: 'classes/Foo.cls',
          lines: [1, 2, 3, 4, 5, 6, 7, 8],
          coveredLines: [1, 2, 3, 4, 5, 6],
        },
        { name: 'Idle', file: 'classes/Idle.cls', lines: [1, 2, 3, 4, 5, 6, 7], coveredLines: [] },
      ],
      orgWide: { covered: 6, total: 15 },
      testRun: { covered: 6, total: 8 },
    },
    totalTimeMs: 30,
  };
}

describe('percentages', () => {
  it('round to whole numbers like the Salesforce CLI, 0% when nothing counts', () => {
    assert.equal(percentage(1, 3), '33%');
    assert.equal(percentage(2, 3), '67%');
    assert.equal(percentage(0, 5), '0%');
    assert.equal(percentage(0, 0), '0%');
  });
});

describe('text tables', () => {
  it('pads columns two spaces apart under a rule and continues multi-line cells', () => {
    const table = formatTable(
      [
        { name: 'a.b', note: 'one\ntwo' },
        { name: 'longer name', note: 'x' },
      ],
      [
        { label: 'NAME', value: (r) => r.name },
        { label: 'NOTE', value: (r) => r.note },
      ],
      'Title',
    );
    assert.equal(
      table,
      [
        '=== Title',
        'NAME         NOTE',
        '───────────  ────',
        'a.b          one ',
        '             two ',
        'longer name  x   ',
        '',
      ].join('\n'),
    );
  });
});

describe('verdict', () => {
  it('fails on a failed test and on coverage below the threshold', () => {
    const verdict = judgeRun(sampleRun(), 75);
    assert.equal(verdict.passed, false);
    assert.deepEqual(verdict.reasons, [
      '1 test failed',
      'org-wide coverage 40.00% is below the 75% threshold',
    ]);
  });

  it('does not enforce coverage without a threshold', () => {
    const run = sampleRun();
    run.tests = run.tests.filter((t) => t.outcome === 'Pass');
    assert.deepEqual(judgeRun(run, null), { passed: true, reasons: [] });
  });

  it('fails on load problems', () => {
    const run = sampleRun();
    run.tests = [];
    run.problems = [{ file: 'classes/X.cls', line: 3, message: 'unsupported: trigger' }];
    assert.deepEqual(judgeRun(run, null).reasons, ['1 load problem']);
  });
});

describe('human report', () => {
  const run = sampleRun();
  const text = formatHumanReport(run, {
    verdict: judgeRun(run, 75),
    threshold: 75,
    org: 'fake org',
  });

  it('has the CLI sections in its order', () => {
    const sections = text.split('\n').filter((line) => line.startsWith('=== '));
    assert.deepEqual(sections, [
      '=== Test Results',
      '=== Apex Code Coverage by Class',
      '=== Test Setup Time by Test Class',
      '=== Test Summary',
    ]);
  });

  it('prints test rows with the message and stack trace, leaving a failed runtime empty', () => {
    const lines = text.split('\n');
    const header = lines.find((line) => line.startsWith('TEST NAME'));
    assert.match(
      header ?? '',
      /^TEST NAME\s+OUTCOME\s+MESSAGE\s+RUNTIME \(MS\)\s+SOQL\s+DML\s+DML ROWS\s+CALLOUTS/,
    );
    assert.match(
      lines.find((line) => line.startsWith('FooTest.works')) ?? '',
      /^FooTest\.works\s+Pass\s+12\s+2\s+1\s+3\s+0\s+0\s+64\s*$/,
    );
    const failed = lines.findIndex((line) => line.startsWith('FooTest.breaks'));
    assert.match(lines[failed] ?? '', /Fail\s+System\.AssertException: Assertion Failed\s+0\s+0/);
    assert.match(lines[failed + 1] ?? '', /^\s+Class\.FooTest\.breaks: line 9, column 1/);
  });

  it('lists class coverage with at most five uncovered lines', () => {
    assert.match(text, /\nFoo\s+75%\s+7,8\s*\n/);
    assert.match(text, /\nIdle\s+0%\s+1,2,3,4,5,\.\.\.\s*\n/);
  });

  it('summarises like the CLI', () => {
    for (const row of [
      /Outcome\s+Failed/,
      /Tests Ran\s+2/,
      /Pass Rate\s+50%/,
      /Fail Rate\s+50%/,
      /Test Setup Time\s+7 ms/,
      /Test Execution Time\s+17 ms/,
      /Test Total Time\s+24 ms/,
      /Test Run Coverage\s+75%/,
      /Org Wide Coverage\s+40%/,
      /Coverage Threshold\s+75%/,
      /Org\s+fake org/,
    ]) {
      assert.match(text, row);
    }
  });
});

describe('JSON report', () => {
  it('follows the shape of `sf apex run test --json` with governor usage added', () => {
    const run = sampleRun();
    const report = toJsonReport(run, judgeRun(run, null), null) as {
      summary: Record<string, unknown>;
      tests: Record<string, unknown>[];
      coverage: { coverage: Record<string, unknown>[]; summary: Record<string, unknown> };
    };
    assert.equal(report.summary.outcome, 'Failed');
    assert.equal(report.summary.testsRan, 2);
    assert.equal(report.summary.passRate, '50%');
    assert.equal(report.summary.orgWideCoverage, '40%');
    assert.equal(report.summary.testRunCoverage, '75%');
    assert.deepEqual(report.tests[1], {
      MethodName: 'breaks',
      Outcome: 'Fail',
      ApexClass: { Name: 'FooTest' },
      RunTime: 5,
      FullName: 'FooTest.breaks',
      Message: 'System.AssertException: Assertion Failed',
      StackTrace: 'Class.FooTest.breaks: line 9, column 1',
      Governor: usage(),
    });
    assert.deepEqual(report.coverage.coverage[1], {
      name: 'Idle',
      file: 'classes/Idle.cls',
      totalLines: 7,
      lines: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
      totalCovered: 0,
      coveredPercent: 0,
    });
  });
});
