import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lowerFile } from '../src/lower/index.ts';
import type { CompilationUnit } from '../src/ast.ts';
import { classCoverage, executableLines, summariseCoverage } from '../src/runner/coverage.ts';
import { formatLcov } from '../src/runner/lcov.ts';

function unit(file: string, source: string): CompilationUnit {
  const lowered = lowerFile(file, source);
  assert.deepEqual(lowered.syntaxErrors, []);
  assert.ok(lowered.unit);
  return lowered.unit;
}

const SERVICE = unit(
  'classes/Service.cls',
  `public class Service {
  public static Integer limitValue = 10;
  private String label;
  public Integer size { get { return 3; } }
  public static Integer clamp(Integer value) {
    System.debug('clamping');
    if (value > limitValue) {
      return limitValue;
    } else {
      value = value + 0;
    }
    for (Integer i = 0; i < 1; i++) {
      value++;
    }
    try {
      value = value * 1;
    } catch (Exception e) {
      value = 0;
    } finally {
      value = value + 0;
    }
    return value;
  }
  public class Inner {
    Integer twice(Integer x) { return x * 2; }
  }
}`,
);

describe('executable lines', () => {
  it('are statement lines and field initialisers, inner classes included, System.debug excluded', () => {
    assert.deepEqual(executableLines(SERVICE), [2, 4, 7, 8, 10, 12, 13, 15, 16, 18, 20, 22, 25]);
  });
});

describe('class coverage', () => {
  const testClass = unit(
    'classes/ServiceTest.cls',
    '@IsTest private class ServiceTest { @IsTest static void t() { Integer x = 1; } }',
  );
  const emptyInterface = unit('classes/Shape.cls', 'public interface Shape { Integer sides(); }');
  const untouched = unit(
    'classes/Other.cls',
    'public class Other { public static Integer one() { return 1; } }',
  );
  const hits = new Map([
    ['classes/Service.cls', new Set([2, 7, 8, 99])],
    ['classes/ServiceTest.cls', new Set([1])],
  ]);
  const classes = classCoverage([testClass, SERVICE, emptyInterface, untouched], hits);

  it('leaves out @IsTest classes and classes without executable lines', () => {
    assert.deepEqual(
      classes.map((c) => c.name),
      ['Other', 'Service'],
    );
  });

  it('counts only executable lines that were hit', () => {
    assert.deepEqual(classes.find((c) => c.name === 'Service')?.coveredLines, [2, 7, 8]);
  });

  it('sums org-wide over every class and the test run over the classes it touched', () => {
    const summary = summariseCoverage(classes);
    assert.deepEqual(summary.orgWide, { covered: 3, total: 14 });
    assert.deepEqual(summary.testRun, { covered: 3, total: 13 });
  });
});

describe('lcov', () => {
  it('writes one SF/DA/LF/LH record per class', () => {
    const text = formatLcov([
      { name: 'A', file: 'classes/A.cls', lines: [3, 5, 8], coveredLines: [3, 8] },
    ]);
    assert.equal(
      text,
      'TN:\nSF:classes/A.cls\nDA:3,1\nDA:5,0\nDA:8,1\nLF:3\nLH:2\nend_of_record\n',
    );
  });

  it('is empty when there is nothing to cover', () => {
    assert.equal(formatLcov([]), '');
  });
});
